package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostcodeStandardizerTest {
  private final Standardizer postcodes = new PostcodeStandardizer();

  private StandardValue of(String raw, String region) {
    return postcodes.standardize(raw, new StandardizeContext(region));
  }

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "sw1a1aa | GB | SW1A 1AA", "SW1A  1AA | CN | SW1A 1AA", "ec1a 1bb | GB | EC1A 1BB",
      "m1 1ae | GB | M1 1AE", "60601 | US | 60601", "60601-1234 | US | 60601-1234",
      "606011234 | US | 60601-1234", "60601 1234 | US | 60601-1234", "100000 | CN | 100000",
      "１０００２０ | CN | 100020", "2000 | AU | 2000", "k1a0b1 | CA | K1A 0B1"})
  void conventionalForm(String raw, String region, String canonical) {
    StandardValue value = of(raw, region);
    assertThat(value.canonicalValue()).contains(canonical);
    assertThat(value.isValid()).isTrue();
  }

  @Test
  void wrongLengthForTheRegionIsFlaggedButKept() {
    StandardValue value = of("10002", "CN");
    assertThat(value.canonicalValue()).contains("10002");
    assertThat(value.isValid()).isFalse();
    assertThat(of("200", "AU").isValid()).isFalse();
    assertThat(of("not known!", "GB").isValid()).isFalse();
  }
}
