package dev.golden.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("API tokens are random and stored as SHA-256")
class ApiTokensTest {

  private final ApiTokens tokens = new ApiTokens(new SecureRandom());

  @Test
  void aTokenIsPrefixedAndCarries256RandomBits() {
    String token = tokens.generate();

    assertThat(token).startsWith("gold_").matches("gold_[A-Za-z0-9_-]{43}");
  }

  @Test
  void tokensDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      assertThat(seen.add(tokens.generate())).isTrue();
    }
  }

  @Test
  void theHashIsTheSha256OfTheToken() {
    // SHA-256("abc"), the FIPS 180-2 test vector.
    assertThat(ApiTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
