package dev.golden.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Passwords are kept as bcrypt hashes")
class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher(4);

  @Test
  void aHashMatchesOnlyItsPassword() {
    String hash = hasher.hash("密码是很长的一句话");

    assertThat(hash).startsWith("$2a$04$").doesNotContain("密码");
    assertThat(hasher.matches("密码是很长的一句话", hash)).isTrue();
    assertThat(hasher.matches("密码是很长的一句", hash)).isFalse();
  }

  @Test
  void theSamePasswordIsSaltedDifferentlyEachTime() {
    assertThat(hasher.hash("a long enough password")).isNotEqualTo(hasher.hash("a long enough password"));
  }

  @Test
  void theConfiguredCostIsUsed() {
    assertThat(new PasswordHasher(5).hash("a long enough password")).startsWith("$2a$05$");
  }

  @Test
  void passwordsBeyond72BytesAreNotTruncatedSilently() {
    String base = "x".repeat(72);
    String hash = hasher.hash(base);

    assertThat(hasher.matches(base + "extra", hash)).isFalse();
    assertThatThrownBy(() -> hasher.hash(base + "y")).isInstanceOf(IllegalArgumentException.class);
    // 24 Chinese characters are 72 bytes in UTF-8; 25 are too many.
    assertThat(PasswordHasher.fits("中".repeat(24))).isTrue();
    assertThat(PasswordHasher.fits("中".repeat(25))).isFalse();
  }

  @Test
  void refusesACostBcryptDoesNotSupport() {
    assertThatThrownBy(() -> new PasswordHasher(3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PasswordHasher(32)).isInstanceOf(IllegalArgumentException.class);
  }
}
