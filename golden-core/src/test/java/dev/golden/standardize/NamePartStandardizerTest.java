package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class NamePartStandardizerTest {
  private final StandardizeContext context = new StandardizeContext("CN");
  private final Standardizer given = new NamePartStandardizer(Part.GIVEN, Nicknames.defaults());
  private final Standardizer family = new NamePartStandardizer(Part.FAMILY, Nicknames.defaults());

  @Test
  void givenNameNicknameBecomesFormal() {
    StandardValue value = given.standardize(" BOB ", context);
    assertThat(value.canonicalValue()).contains("robert");
    assertThat(value.part(Part.GIVEN)).contains("robert");
    assertThat(value.part(Part.PHONETIC)).contains("RPRT");
  }

  @Test
  void givenNameInPinyinGetsPinyinPart() {
    assertThat(given.standardize("Xiao Ming", context).part(Part.PINYIN)).contains("xiaoming");
    assertThat(given.standardize("小明", context).part(Part.PINYIN)).contains("xiaoming");
  }

  @Test
  void familyNameUsesSurnameReadingAndIsSimplified() {
    StandardValue value = family.standardize("單", context);
    assertThat(value.canonicalValue()).contains("单");
    assertThat(value.part(Part.FAMILY)).contains("单");
    assertThat(value.part(Part.PINYIN)).contains("shan");
    assertThat(family.standardize("歐陽", context).part(Part.PINYIN)).contains("ouyang");
  }

  @Test
  void wholeHanNameInTheFamilyFieldIsSplitIntoSurnameAndGivenName() {
    StandardValue title = family.standardize("宋彤先生", context);
    assertThat(title.canonicalValue()).contains("宋彤");
    assertThat(title.part(Part.FAMILY)).contains("宋");
    assertThat(title.part(Part.GIVEN)).contains("彤");
    assertThat(title.part(Part.PINYIN)).contains("song");
    assertThat(family.standardize("司馬光", context).part(Part.FAMILY)).contains("司马");
    assertThat(family.standardize("司馬光", context).part(Part.GIVEN)).contains("光");
  }

  @Test
  void aSurnameAloneOrAnUnknownOneStaysWhole() {
    assertThat(family.standardize("欧阳", context).part(Part.GIVEN)).isEmpty();
    assertThat(family.standardize("宋", context).part(Part.GIVEN)).isEmpty();
    // Not a known surname, and four characters after one: not split on a guess.
    assertThat(family.standardize("丂彤", context).part(Part.FAMILY)).contains("丂彤");
    assertThat(family.standardize("王一二三四", context).part(Part.GIVEN)).isEmpty();
  }

  @Test
  void latinFamilyNames() {
    assertThat(family.standardize("O'Brien", context).canonicalValue()).contains("obrien");
    assertThat(family.standardize("ZHANG", context).part(Part.PINYIN)).contains("zhang");
    assertThat(family.standardize("Lyu", context).part(Part.PINYIN)).contains("lu");
    assertThat(family.standardize("Müller", context).canonicalValue()).contains("muller");
    assertThat(family.standardize("Smith", context).part(Part.PINYIN)).isEmpty();
  }

  @Test
  void onlyGivenOrFamily() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NamePartStandardizer(Part.MIDDLE, Nicknames.defaults()));
  }
}
