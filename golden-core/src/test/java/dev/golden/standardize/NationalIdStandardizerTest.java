package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NationalIdStandardizerTest {
  private final Standardizer ids = new NationalIdStandardizer();
  private final StandardizeContext context = new StandardizeContext("CN");

  @Test
  void onlyLettersAndDigitsInUpperCase() {
    assertThat(ids.standardize(" 123-45-6789 ", context).canonicalValue()).contains("123456789");
    assertThat(ids.standardize("e 1234 567", context).canonicalValue()).contains("E1234567");
  }

  @Test
  @DisplayName("A Chinese resident id with the right check character is valid, lower-case x too")
  void validChineseResidentId() {
    StandardValue value = ids.standardize("11010519491231002x", context);
    assertThat(value.canonicalValue()).contains("11010519491231002X");
    assertThat(value.isValid()).isTrue();
    assertThat(ids.standardize("110105 19491231 002X", context).isValid()).isTrue();
  }

  @Test
  void wrongCheckCharacterIsFlagged() {
    StandardValue value = ids.standardize("110105194912310021", context);
    assertThat(value.canonicalValue()).contains("110105194912310021");
    assertThat(value.isValid()).isFalse();
  }
}
