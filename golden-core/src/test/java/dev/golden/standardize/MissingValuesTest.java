package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.dictionary.DataDictionary;
import dev.golden.synth.SyntheticCustomers;
import dev.golden.synth.SyntheticRecord;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Placeholders are recognised after normalisation; the shortcut on a value's first character is
 * only an optimisation and must agree with the normalised key on every text.
 */
class MissingValuesTest {
  private final MissingValues defaults = new MissingValues(DataDictionary.defaults().missingPlaceholders());

  @Test
  @DisplayName("Placeholders are missing in any case, width, wrapping or spacing; real values are not")
  void recognisesPlaceholders() {
    assertThat(List.of("", "  ", "N/A", "n/a", "Ｎ／Ａ", " (unknown) ", "[\"none\"]", "<TBD>", "'-'", "不详",
        "（不详）", "Not Applicable", "0000-00-00", "()"))
        .allMatch(defaults::isMissing);
    assertThat(List.of("Nancy", "Unwin", "Tbilisi", "- 3", "0412 345 678", "Mary-Ann", "none of them",
        "(02) 9374 4000", "王伟", "nil nil"))
        .noneMatch(defaults::isMissing);
  }

  @Test
  @DisplayName("A placeholder with an accented first letter is found when typed as base letter and mark")
  void accentedPlaceholderTypedWithACombiningMark() {
    MissingValues accented = new MissingValues(List.of("ńo data"));

    assertThat(accented.isMissing("N\u0301O DATA")).isTrue();
    assertThat(accented.isMissing("Ńo data")).isTrue();
    assertThat(accented.isMissing("No data")).isFalse();
  }

  @Test
  @DisplayName("The first-character shortcut agrees with the normalised key on generated and mutated values")
  void shortcutAgreesWithTheKey() {
    Random random = new Random(7);
    Set<String> texts = new LinkedHashSet<>(DataDictionary.defaults().missingPlaceholders());
    try (Stream<SyntheticRecord> records = SyntheticCustomers.builder().people(3000).seed(5).build().stream()) {
      records.flatMap(r -> r.values().stream()).forEach(value -> {
        texts.add(value);
        texts.add(mutated(value, random));
      });
    }
    List<String> placeholders = new ArrayList<>(DataDictionary.defaults().missingPlaceholders());
    for (String placeholder : placeholders) {
      texts.add(mutated(placeholder, random));
      texts.add(mutated(placeholder.toUpperCase(), random));
    }

    assertThat(texts).hasSizeGreaterThan(10_000)
        .allSatisfy(text -> assertThat(defaults.isMissing(text)).as(text).isEqualTo(defaults.isMissingByKey(text)));
  }

  /** The text behind a wrapper, a space, a combining mark or a full-width first character. */
  private static String mutated(String text, Random random) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return switch (random.nextInt(6)) {
      case 0 -> "(" + text + ")";
      case 1 -> " " + text;
      case 2 -> first + "\u0301" + text.substring(1);
      case 3 -> first >= '!' && first <= '~' ? (char) (first - '!' + '！') + text.substring(1) : text;
      case 4 -> "\"" + text + "\"";
      default -> Character.toUpperCase(first) + text.substring(1);
    };
  }
}
