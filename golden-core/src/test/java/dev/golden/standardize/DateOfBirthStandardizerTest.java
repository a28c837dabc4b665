package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateOfBirthStandardizerTest {
  private final Standardizer dates = new DateOfBirthStandardizer(
      Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));

  private StandardValue of(String raw, String region) {
    return dates.standardize(raw, new StandardizeContext(region));
  }

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "1956-04-09 | GB | 1956-04-09",
      "19560409 | GB | 1956-04-09",
      "1956/4/9 | CN | 1956-04-09",
      "1956.04.09 | CN | 1956-04-09",
      "1956年4月9日 | CN | 1956-04-09",
      "１９５６年４月９日 | CN | 1956-04-09",
      "09/04/1956 | GB | 1956-04-09",
      "04/09/1956 | US | 1956-04-09",
      "9.4.1956 | DE | 1956-04-09",
      "9-4-1956 | AU | 1956-04-09",
      "25/12/1956 | US | 1956-12-25",
      "12/25/1956 | GB | 1956-12-25",
      "9 April 1956 | GB | 1956-04-09",
      "9th Apr 1956 | GB | 1956-04-09",
      "09-Apr-1956 | GB | 1956-04-09",
      "Apr 9, 1956 | US | 1956-04-09",
      "April 9th, 1956 | GB | 1956-04-09",
      "Sept 30 1956 | GB | 1956-09-30",
      "09/04/56 | GB | 1956-04-09",
      "09/04/05 | GB | 2005-04-09",
      "1956-04-09 00:00:00 | CN | 1956-04-09",
      "1956-04-09T00:00:00Z | CN | 1956-04-09"})
  void isoDates(String raw, String region, String iso) {
    StandardValue value = of(raw, region);
    assertThat(value.canonicalValue()).contains(iso);
    assertThat(value.isValid()).isTrue();
  }

  @Test
  void parts() {
    StandardValue value = of("1956年4月9日", "CN");
    assertThat(value.part(Part.YEAR)).contains("1956");
    assertThat(value.part(Part.MONTH)).contains("4");
    assertThat(value.part(Part.DAY)).contains("9");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"19560231, 19560231", "19561304, 19561304", "31/02/1956, 31021956"})
  @DisplayName("Dates that do not exist keep their digits and are flagged")
  void impossibleDates(String raw, String digits) {
    StandardValue value = of(raw, "GB");
    assertThat(value.canonicalValue()).contains(digits);
    assertThat(value.isValid()).isFalse();
  }

  @Test
  void futureAndUnreadableDatesAreFlagged() {
    assertThat(of("2030-01-01", "GB").isValid()).isFalse();
    assertThat(of("sometime in spring", "GB").isValid()).isFalse();
  }
}
