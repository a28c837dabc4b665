package dev.golden.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateDistanceTest {

  @Test
  void countsDaysAcrossMonthsYearsAndLeapDays() {
    assertThat(DateDistance.daysBetween("2024-02-28", "2024-03-01")).isEqualTo(2);
    assertThat(DateDistance.daysBetween("2023-02-28", "2023-03-01")).isEqualTo(1);
    assertThat(DateDistance.daysBetween("1999-12-31", "2000-01-01")).isEqualTo(1);
    assertThat(DateDistance.daysBetween("2000-01-01", "1970-01-01")).isEqualTo(10_957);
    assertThat(DateDistance.daysBetween("1985-03-07", "1985-03-07")).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29", "1900-02-29", "1990-1-5", "1990-13-01", "1990-00-10",
      "1990-01-32", "1990/01/05", "1990-01-05T10:00", "", "１９９０-01-05"})
  @DisplayName("values that are not valid yyyy-mm-dd dates cannot be compared")
  void invalidDates(String value) {
    assertThat(DateDistance.isDate(value)).isFalse();
    assertThat(DateDistance.daysBetween(value, "1990-01-05")).isEqualTo(DateDistance.NOT_COMPARABLE);
    assertThat(DateDistance.sameYear(value, value)).isFalse();
  }

  @Test
  void acceptsLeapDaysOfLeapYears() {
    assertThat(DateDistance.isDate("2000-02-29")).isTrue();
    assertThat(DateDistance.isDate("2024-02-29")).isTrue();
  }

  @Test
  @DisplayName("recognises day and month written the other way round")
  void dayMonthSwap() {
    assertThat(DateDistance.isDayMonthSwap("1985-03-07", "1985-07-03")).isTrue();
    assertThat(DateDistance.isDayMonthSwap("1985-07-03", "1985-03-07")).isTrue();
    assertThat(DateDistance.isDayMonthSwap("1985-03-03", "1985-03-03")).isFalse();
    assertThat(DateDistance.isDayMonthSwap("1985-03-07", "1986-07-03")).isFalse();
    assertThat(DateDistance.isDayMonthSwap("1985-03-07", "1985-03-07")).isFalse();
    assertThat(DateDistance.isDayMonthSwap("1985-01-31", "1985-31-01")).isFalse();
  }

  @Test
  void partsOfTheDate() {
    assertThat(DateDistance.sameYear("1985-03-07", "1985-11-30")).isTrue();
    assertThat(DateDistance.sameYearMonth("1985-03-07", "1985-03-30")).isTrue();
    assertThat(DateDistance.sameYearMonth("1985-03-07", "1986-03-07")).isFalse();
    assertThat(DateDistance.sameMonthDay("1985-03-07", "1958-03-07")).isTrue();
    assertThat(DateDistance.sameMonthDay("1985-03-07", "1985-03-08")).isFalse();
  }

  @Test
  @DisplayName("agrees with java.time on random dates from year 1 to 9999")
  void matchesJavaTime() {
    Random random = new Random(17L);
    long first = LocalDate.of(1, 1, 1).toEpochDay();
    long last = LocalDate.of(9999, 12, 31).toEpochDay();
    for (int n = 0; n < 20_000; n++) {
      LocalDate a = LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first)));
      LocalDate b = n % 2 == 0 ? a.plusDays(random.nextInt(800) - 400) : LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first)));
      if (b.getYear() < 1 || b.getYear() > 9999) {
        continue;
      }
      assertThat(DateDistance.daysBetween(a.toString(), b.toString()))
          .as("%s / %s", a, b)
          .isEqualTo((int) Math.abs(ChronoUnit.DAYS.between(a, b)));
    }
  }
}
