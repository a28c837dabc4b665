package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimpleStandardizersTest {
  private final StandardizeContext context = new StandardizeContext("CN");

  @Test
  void categoryIsTrimmedLowerCase() {
    assertThat(SimpleStandardizers.CATEGORY.standardize("  Premium  Plus ", context).canonicalValue())
        .contains("premium plus");
  }

  @Test
  void identifierIsOnlyTrimmed() {
    assertThat(SimpleStandardizers.IDENTIFIER.standardize(" AbC-001 x ", context).canonicalValue())
        .contains("AbC-001 x");
  }

  @Test
  void freeTextHasWhitespaceCollapsed() {
    assertThat(SimpleStandardizers.FREE_TEXT.standardize(" Call\tafter  5pm\n please ", context)
        .canonicalValue()).contains("Call after 5pm please");
  }
}
