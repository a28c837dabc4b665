package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreetAddressStandardizerTest {
  private final Standardizer addresses = new StreetAddressStandardizer();
  private final StandardizeContext context = new StandardizeContext("GB");

  private StandardValue of(String raw) {
    return addresses.standardize(raw, context);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Apt 4B, 221 Baker Street", "221 Baker St #4B", "221 BAKER ST. APT. 4B", "Flat 4b 221 Baker Str",
      "Unit 4B, 221 Baker Street", "221 baker street, apartment 4b", "4B/221 Baker Street"})
  @DisplayName("Every way of writing flat 4B of 221 Baker Street is one canonical form")
  void unitAndHouseNumberInAnyOrder(String raw) {
    StandardValue value = of(raw);
    assertThat(value.canonicalValue()).contains("221 baker st unit 4b");
    assertThat(value.part(Part.HOUSE_NUMBER)).contains("221");
    assertThat(value.part(Part.UNIT)).contains("4b");
    assertThat(value.part(Part.STREET)).contains("baker st");
    assertThat(value.part(Part.STREET_TYPE)).contains("st");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "12 North Main Road | 12 n main rd",
      "1600 Pennsylvania Avenue NW | 1600 pennsylvania ave nw",
      "350 Fifth Ave., Suite 3300 | 350 fifth ave suite 3300",
      "55 Sunset Boulevard | 55 sunset blvd",
      "7 Mulholland Drive | 7 mulholland dr",
      "3 Abbey Lane | 3 abbey ln",
      "10 Downing Place | 10 downing pl",
      "8 King's Court | 8 kings ct",
      "1 Royal Crescent | 1 royal cres",
      "99 Pacific Highway | 99 pacific hwy",
      "2 Garden Terrace | 2 garden tce",
      "5 Berkeley Square | 5 berkeley sq",
      "40 Wall Street, 3rd Floor | 40 wall st fl 3",
      "Building 5, 100 Science Park Road | 100 science park rd bldg 5",
      "P.O. Box 1234 | po box 1234",
      "No. 12 Rue de Rivoli | 12 rue de rivoli",
      "12-14 Café Street | 12-14 cafe st"})
  void abbreviationsHaveOneForm(String raw, String canonical) {
    assertThat(of(raw).canonicalValue()).contains(canonical);
  }

  @Test
  @DisplayName("Chinese address: simplified, half-width, numerals in digits, parts split")
  void chineseAddress() {
    StandardValue value = of("廣東省深圳市南山區科技園路 十二號 三棟 五樓 501室");
    assertThat(value.canonicalValue()).contains("广东省深圳市南山区科技园路12号3栋5楼501室");
    assertThat(value.part(Part.STREET)).contains("科技园路");
    assertThat(value.part(Part.HOUSE_NUMBER)).contains("12");
    assertThat(value.part(Part.BUILDING)).contains("3");
    assertThat(value.part(Part.FLOOR)).contains("5");
    assertThat(value.part(Part.ROOM)).contains("501");
  }

  @Test
  void chineseAddressWithFullWidthDigitsAndBuildingNumber() {
    StandardValue value = of("北京市朝阳区建国路８８号２号楼１２层");
    assertThat(value.canonicalValue()).contains("北京市朝阳区建国路88号2号楼12层");
    assertThat(value.part(Part.STREET)).contains("建国路");
    assertThat(value.part(Part.HOUSE_NUMBER)).contains("88");
    assertThat(value.part(Part.BUILDING)).contains("2");
    assertThat(value.part(Part.FLOOR)).contains("12");
  }

  @Test
  void chineseLaneAndStreet() {
    assertThat(of("上海市黄浦区南京东路100弄5号").part(Part.STREET)).contains("南京东路");
    assertThat(of("上海市徐汇区淮海中路 1555号 A座 8F").part(Part.FLOOR)).contains("8");
    assertThat(of("上海市徐汇区淮海中路 1555号 A座 8F").part(Part.BUILDING)).contains("a");
  }

  @Test
  @DisplayName("A house number token is what the pattern \\d+[a-z]?(-\\d+[a-z]?)? matches")
  void houseNumberTokens() {
    Pattern house = Pattern.compile("\\d+[a-z]?(-\\d+[a-z]?)?");
    List<String> tokens = new ArrayList<>(List.of("221", "221b", "12-14", "12a-12c",
        "12-", "12-a", "-12", "12-14-16", "12a5", "a12", "", "٣", "12ab", "4B"));
    String alphabet = "019ab-zA٣";
    Random random = new Random(3);
    for (int i = 0; i < 100_000; i++) {
      StringBuilder token = new StringBuilder();
      for (int length = random.nextInt(7); length > 0; length--) {
        token.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      tokens.add(token.toString());
    }
    for (String token : tokens) {
      assertThat(StreetAddressStandardizer.isHouseNumber(token)).as(token).isEqualTo(house.matcher(token).matches());
    }
  }
}
