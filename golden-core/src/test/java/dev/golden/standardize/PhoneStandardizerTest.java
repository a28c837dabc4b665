package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneStandardizerTest {
  private final Standardizer phones = new PhoneStandardizer();

  private StandardValue of(String raw, String region) {
    return phones.standardize(raw, new StandardizeContext(region));
  }

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "(415) 555-2671 | US | +14155552671",
      "415.555.2671 | US | +14155552671",
      "+1 415 555 2671 | CN | +14155552671",
      "+86 138 0013 8000 | US | +8613800138000",
      "0086-13800138000 | CN | +8613800138000",
      "0086-13800138000 | US | +8613800138000",
      "138-0013-8000 | CN | +8613800138000",
      "13800138000 | CN | +8613800138000",
      "010-6552 9988 | CN | +861065529988",
      "00 44 20 7946 0958 | CN | +442079460958",
      "00 44 20 7946 0958 | US | +442079460958",
      "020 7946 0958 | GB | +442079460958",
      "１３８００１３８０００ | CN | +8613800138000",
      "(02) 9374 4000 | AU | +61293744000"})
  void e164InTheRecordsRegion(String raw, String region, String e164) {
    StandardValue value = of(raw, region);
    assertThat(value.canonicalValue()).contains(e164);
    assertThat(value.part(Part.E164)).contains(e164);
    assertThat(value.isValid()).isTrue();
  }

  @Test
  void regionAndNumberType() {
    StandardValue mobile = of("138 0013 8000", "CN");
    assertThat(mobile.part(Part.REGION_CODE)).contains("CN");
    assertThat(mobile.part(Part.NUMBER_TYPE)).contains("mobile");
    assertThat(of("010 6552 9988", "CN").part(Part.NUMBER_TYPE)).contains("fixed_line");
    assertThat(of("+44 20 7946 0958", "CN").part(Part.REGION_CODE)).contains("GB");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "(415) 555-2671 x123 | US | 123",
      "415-555-2671 ext. 12 | US | 12",
      "010-6552 9988 转 8001 | CN | 8001",
      "010-6552 9988 分机 8001 | CN | 8001"})
  void extensions(String raw, String region, String extension) {
    StandardValue value = of(raw, region);
    assertThat(value.part(Part.EXTENSION)).contains(extension);
    assertThat(value.canonicalValue().orElseThrow()).startsWith("+").doesNotContain("ext");
  }

  @Test
  @DisplayName("An invalid number keeps its digits and is flagged, not guessed")
  void invalidNumbersAreFlagged() {
    StandardValue value = of("555-12", "US");
    assertThat(value.canonicalValue()).contains("55512");
    assertThat(value.isValid()).isFalse();
    assertThat(((StandardValue.Present) value).problems())
        .containsExactly("not a valid phone number for region US");
    assertThat(of("12345678901234", "CN").isValid()).isFalse();
    assertThat(of("call me", "CN").isValid()).isFalse();
  }
}
