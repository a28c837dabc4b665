package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigitAutomatonTest {

  @Test
  @DisplayName("Matches whole texts of digits as the regular expression does")
  void matchesLikeTheExpression() {
    DigitAutomaton mobile = DigitAutomaton.compile("1740[0-5]\\d{6}|1(?:[38]\\d|4[57]|[59][0-35-9])\\d{8}").orElseThrow();
    assertThat(mobile.matches("13800138000")).isTrue();
    assertThat(mobile.matches("17400123456")).isTrue();
    assertThat(mobile.matches("17406123456")).isFalse();
    assertThat(mobile.matches("1380013800")).isFalse();
    assertThat(mobile.matches("138001380001")).isFalse();
    assertThat(mobile.matches("138 0013 8000")).isFalse();
    assertThat(mobile.matches("")).isFalse();
  }

  @Test
  @DisplayName("Tells whether a text starts with a match, as Matcher.lookingAt does")
  void matchesStartLikeLookingAt() {
    DigitAutomaton internationalPrefix = DigitAutomaton.compile("00|1(?:[12]\\d|79)\\d\\d00").orElseThrow();
    assertThat(internationalPrefix.matchesStart("0044 20 7946 0958")).isTrue();
    assertThat(internationalPrefix.matchesStart("17951004420")).isTrue();
    assertThat(internationalPrefix.matchesStart("13800138000")).isFalse();
    assertThat(internationalPrefix.matchesStart("0")).isFalse();
    assertThat(DigitAutomaton.compile("\\d?").orElseThrow().matchesStart("")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1|", "(?:1|2)*", "[1-35]+", "\\d{2,}", "(1)(2)?", "[\\d]{0,2}", "(?:0?)*1"})
  @DisplayName("Reads groups, classes, alternation and every greedy quantifier")
  void readsTheDigitSubset(String regex) {
    assertThat(DigitAutomaton.compile(regex)).isPresent();
    assertSameAsRegex(regex, allDigitStrings(4));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", ".", "[^1]", "[1-]", "[a-z]", "\\s", "\\D", "1??", "1*+", "\\d{2}?", "1**",
      "(?=1)1", "(?<n>1)", "^1", "1$", "(1", "1)", "[12", "1{2", "1{3,2}", "[]", "1|(?i)2"})
  @DisplayName("Refuses everything else, so that java.util.regex keeps it")
  void refusesOtherConstructs(String regex) {
    assertThat(DigitAutomaton.compile(regex)).isEmpty();
  }

  @Test
  @DisplayName("Every number pattern of libphonenumber's metadata compiles, and it and the prefixes that compile "
      + "match exactly as java.util.regex on example numbers, their one-digit edits and prefixes, and random digits")
  void libphonenumberMetadata() {
    MetadataSource metadata = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
    Random random = new Random(7);
    List<String> refused = new ArrayList<>();
    int patterns = 0;
    for (String region : PhoneNumberUtil.getInstance().getSupportedRegions()) {
      PhoneMetadata m = metadata.getMetadataForRegion(region);
      List<PhoneNumberDesc> descriptions = List.of(m.getGeneralDesc(), m.getFixedLine(), m.getMobile(),
          m.getTollFree(), m.getPremiumRate(), m.getSharedCost(), m.getVoip(), m.getPersonalNumber(), m.getPager(),
          m.getUan(), m.getVoicemail());
      Set<String> examples = new LinkedHashSet<>();
      descriptions.forEach(d -> examples.add(d.getExampleNumber()));
      Set<String> texts = texts(examples, random);
      for (String regex : descriptions.stream().map(PhoneNumberDesc::getNationalNumberPattern).toList()) {
        if (!regex.isEmpty()) {
          patterns++;
          if (DigitAutomaton.compile(regex).isEmpty()) {
            refused.add(region + ": " + regex);
          } else {
            assertSameAsRegex(regex, texts);
          }
        }
      }
      // Prefixes and leading digits may use anchors ("(5\\d{6})$|1"): those stay with java.util.regex.
      for (String regex : List.of(m.getInternationalPrefix(), m.getNationalPrefixForParsing(), m.getLeadingDigits())) {
        DigitAutomaton.compile(regex).ifPresent(a -> assertSameAsRegex(regex, texts));
      }
    }
    assertThat(patterns).isGreaterThan(1000);
    assertThat(refused).isEmpty();
  }

  private static void assertSameAsRegex(String regex, Iterable<String> texts) {
    DigitAutomaton automaton = DigitAutomaton.compile(regex).orElseThrow();
    Pattern pattern = Pattern.compile(regex);
    List<String> differences = new ArrayList<>();
    for (String text : texts) {
      if (automaton.matches(text) != pattern.matcher(text).matches()
          || automaton.matchesStart(text) != pattern.matcher(text).lookingAt()) {
        differences.add(text);
      }
    }
    assertThat(differences).as(regex).isEmpty();
  }

  /** The examples, every prefix of them, every one-digit change, deletion and insertion, and random digits. */
  private static Set<String> texts(Set<String> examples, Random random) {
    Set<String> texts = new LinkedHashSet<>();
    for (String example : examples) {
      for (int i = 0; i <= example.length(); i++) {
        texts.add(example.substring(0, i));
        for (char d = '0'; d <= '9'; d++) {
          texts.add(example.substring(0, i) + d + example.substring(i));
          if (i < example.length()) {
            texts.add(example.substring(0, i) + d + example.substring(i + 1));
          }
        }
        if (i < example.length()) {
          texts.add(example.substring(0, i) + example.substring(i + 1));
        }
      }
    }
    for (int i = 0; i < 300; i++) {
      StringBuilder digits = new StringBuilder();
      for (int length = random.nextInt(18); length > 0; length--) {
        digits.append((char) ('0' + random.nextInt(10)));
      }
      texts.add(digits.toString());
    }
    texts.add("12a4");
    return texts;
  }

  private static List<String> allDigitStrings(int maxLength) {
    List<String> all = new ArrayList<>(List.of(""));
    List<String> previous = List.of("");
    for (int length = 1; length <= maxLength; length++) {
      List<String> longer = new ArrayList<>();
      for (String text : previous) {
        for (char d = '0'; d <= '9'; d++) {
          longer.add(text + d);
        }
      }
      all.addAll(longer);
      previous = longer;
    }
    all.add("1a");
    return all;
  }
}
