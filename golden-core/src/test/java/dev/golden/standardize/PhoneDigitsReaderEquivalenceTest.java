package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The fast reader of digit-and-separator numbers is only an optimisation: for every text and
 * region, the phone standardizer must give exactly what libphonenumber's parser gives.
 */
class PhoneDigitsReaderEquivalenceTest {
  private static final List<String> REGIONS = List.of("CN", "US", "GB", "AU", "HK", "TW", "SG", "CA", "DE");
  private static final List<String> EDGE_CASES = List.of(
      "(415) 555-2671 x123", "415-555-2671 ext. 12", "010-6552 9988 转 8001", "010-6552 9988 分机 8001",
      "１３８００１３８０００", "＋８６ １３８ ００１３ ８０００", "555-12", "12", "1", "123", "12345678901234",
      "123456789012345678", "1234567890123456789012", "call me", "1-800-FLOWERS", "+", "++86 138 0013 8000",
      "+0 138 0013 8000", "+86", "+861", "0086", "00", "000", "0000000", "+000 0000", "00 0 1234 5678",
      "0086 13800138000", "0086-13800138000", "00 44 20 7946 0958", "011 44 20 7946 0958",
      "0011 61 2 9374 4000", "0014 61 2 9374 4000", "1411 0011 61 2 9374 4000", "8613800138000",
      "86 138 0013 8000", "+86 0138 0013 8000", "+86 010 6552 9988", "+44 (0) 20 7946 0958",
      "+44 020 7946 0958", "4420 7946 0958", "6129374 4000", "61 2 9374 4000", "1 415 555 2671",
      "14155552671", "+1 (268) 460-1234", "+1 876 927 1234", "+1 416 555 0199", "+1 800 555 0199",
      "+1 900 555 0199", "800 555 0199", "+44 7700 900123", "+44 1481 712345", "+44 1624 612345",
      "+61 8 9162 1234", "+61 4 1234 5678", "+61 1300 123 456", "+852 2123 4567", "+852 9123 4567",
      "2123 4567", "9123 4567", "+886 2 2345 6789", "02 2345 6789", "0912 345 678", "+65 6123 4567",
      "6123 4567", "+65 8123 4567", "+7 495 123 45 67", "+39 06 1234 5678", "+39 312 345 6789",
      "+800 1234 5678", "+882 1234 5678", "+49 30 123456", "030 123456", "+81 3-1234-5678",
      "400-810-8888", "95588", "12345", "+86 400 810 8888", "(020) 7946 0958", "020.7946.0958",
      "(02) 9374 4000", "02 9374 4000", "0412 345 678", "+61 412 345 678", "12311 13800138000",
      "17951 13800138000", "10193 13800138000", " 138 0013 8000 ", "(138) 0013-8000", "138/0013/8000",
      "138 0013 8000 #", "138 0013 8000;ext=12", "tel:+86-138-0013-8000", "138-0013-8000, 139-0013-9000");

  private final PhoneStandardizer phones = new PhoneStandardizer();

  @Test
  @DisplayName("Hand-picked numbers read alike in every region: extensions, prefixes, shared codes, nonsense")
  void edgeCasesReadAlike() {
    assertSameReadings(EDGE_CASES);
  }

  @Test
  @DisplayName("Generated Chinese, American, British and Australian numbers, and their mistyped forms, read alike")
  void generatedNumbersReadAlike() {
    Random random = new Random(42);
    Set<String> texts = new LinkedHashSet<>();
    try (Stream<SyntheticRecord> records = SyntheticCustomers.builder().people(6000).seed(3).build().stream()) {
      records.map(SyntheticRecord::phone).filter(p -> !p.isBlank()).forEach(phone -> {
        texts.add(phone);
        texts.add(mutated(phone, random));
      });
    }
    assertThat(texts).hasSizeGreaterThan(10_000);
    assertSameReadings(texts);
  }

  @Test
  @DisplayName("Numbers for regions libphonenumber does not know are left to libphonenumber")
  void unknownRegions() {
    for (String text : List.of("138 0013 8000", "+86 138 0013 8000", "0086 13800138000")) {
      for (String region : List.of("ZZ", "XX", "001")) {
        StandardizeContext context = new StandardizeContext(region);
        assertThat(phones.standardize(text, context)).isEqualTo(phones.standardizeWithLibphonenumber(text, context));
      }
    }
  }

  private void assertSameReadings(Iterable<String> texts) {
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (String text : texts) {
      for (String region : REGIONS) {
        StandardizeContext context = new StandardizeContext(region);
        StandardValue fast = phones.standardize(text, context);
        StandardValue reference = phones.standardizeWithLibphonenumber(text, context);
        compared++;
        if (!fast.equals(reference)) {
          differences.add(region + " " + text + ": " + fast + " instead of " + reference);
        }
      }
    }
    assertThat(compared).isPositive();
    assertThat(differences).isEmpty();
  }

  // Mistakes people and systems make: a digit lost, doubled or changed, a prefix added or cut.
  private static String mutated(String phone, Random random) {
    int at = random.nextInt(phone.length());
    return switch (random.nextInt(9)) {
      case 0 -> phone.substring(0, at) + phone.substring(at + 1);
      case 1 -> phone.substring(0, at) + random.nextInt(10) + phone.substring(at);
      case 2 -> phone.substring(0, at) + random.nextInt(10) + (at + 1 < phone.length() ? phone.substring(at + 1) : "");
      case 3 -> "00" + phone;
      case 4 -> "0" + phone;
      case 5 -> "+" + phone;
      case 6 -> phone.substring(0, Math.max(1, phone.length() - 1 - random.nextInt(4)));
      case 7 -> List.of("86", "1", "44", "61", "852").get(random.nextInt(5)) + phone;
      default -> "+" + random.nextInt(1000) + " " + phone.replaceAll("[^0-9]", "");
    };
  }
}
