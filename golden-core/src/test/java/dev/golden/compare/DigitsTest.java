package dev.golden.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DigitsTest {

  @Test
  @DisplayName("one phone number written three ways agrees on its last 8 digits")
  void phoneNumbersInManyFormats() {
    assertThat(Digits.sameLastN("+852 9123 4567", "(852) 91234567", 8)).isTrue();
    assertThat(Digits.sameLastN("+852 9123 4567", "9123-4567", 8)).isTrue();
    assertThat(Digits.sameLastN("+86 138 0013 8000", "13800138000", 11)).isTrue();
    assertThat(Digits.sameLastN("９１２３４５６７", "91234567", 8)).isTrue();
  }

  @Test
  void differentNumbersOrTooFewDigitsDoNotAgree() {
    assertThat(Digits.sameLastN("+852 9123 4567", "+852 9123 4568", 8)).isFalse();
    assertThat(Digits.sameLastN("4567", "+852 9123 4567", 8)).isFalse();
    assertThat(Digits.sameLastN("", "", 1)).isFalse();
  }

  @Test
  void lastDigitsAsABlockingKey() {
    assertThat(Digits.lastN("+852 9123-4567", 6)).isEqualTo("234567");
    assertThat(Digits.lastN("ext. 42", 6)).isEqualTo("42");
    assertThat(Digits.lastN("no phone", 6)).isEmpty();
  }

  @Test
  void rejectsANonPositiveCount() {
    assertThatThrownBy(() -> Digits.sameLastN("1", "1", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Digits.lastN("1", -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
