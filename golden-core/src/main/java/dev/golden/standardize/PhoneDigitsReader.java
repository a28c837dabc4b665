package dev.golden.standardize;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the common shape of a phone number, digits with spaces, hyphens, dots, parentheses and
 * perhaps a leading '+', several times faster than libphonenumber's general parser: it takes the
 * same steps as libphonenumber's parsing and validation (international prefix, country calling
 * code, national prefix, possible lengths, the region's and each type's number pattern), with the
 * facts read from libphonenumber's metadata and its patterns compiled once per region. Whatever it
 * does not cover (letters, extensions, other scripts, non-geographic codes, ...) it leaves
 * {@link Undecided} for libphonenumber itself. Thread-safe.
 */
final class PhoneDigitsReader {
  /** The reader's answer for one text and region. */
  sealed interface Verdict permits Valid, Invalid, Undecided {}

  record Valid(PhoneReading reading) implements Verdict {}

  /** libphonenumber would not read a valid number from this text. */
  record Invalid() implements Verdict {}

  /** Beyond this reader: ask libphonenumber. */
  record Undecided() implements Verdict {}

  private static final Invalid INVALID = new Invalid();
  private static final Undecided UNDECIDED = new Undecided();
  // libphonenumber's limits: input length, country calling code digits, national number digits.
  private static final int MAX_INPUT_LENGTH = 250;
  private static final int MAX_CALLING_CODE_LENGTH = 3;
  private static final int MIN_NATIONAL_LENGTH = 2;
  private static final int MAX_NATIONAL_LENGTH = 17;
  // A region code libphonenumber uses for calling codes of no region (+800, +882, ...).
  private static final String NON_GEOGRAPHIC = "001";

  private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
  private final MetadataSource metadata =
      DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
  private final Set<String> supportedRegions = phones.getSupportedRegions();
  private final Set<Integer> callingCodes = phones.getSupportedCallingCodes();
  private final Map<String, Optional<PhoneRegionRules>> rulesByRegion = new ConcurrentHashMap<>();

  Verdict read(String text, String defaultRegion) {
    Optional<PhoneRegionRules> home = rules(defaultRegion);
    if (home.isEmpty() || text.length() > MAX_INPUT_LENGTH) {
      return UNDECIDED;
    }
    boolean plus = !text.isEmpty() && text.charAt(0) == '+';
    StringBuilder collected = new StringBuilder(text.length());
    for (int i = plus ? 1 : 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        collected.append(c);
      } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
        return UNDECIDED;
      }
    }
    // Fewer than three digits meet libphonenumber's special cases for tiny numbers.
    if (collected.length() < 3) {
      return UNDECIDED;
    }
    String digits = collected.toString();
    return plus ? international(digits, true) : fromRegion(digits, home.get());
  }

  // The digits after '+' or an international prefix: a country calling code, then the national number.
  private Verdict international(String digits, boolean afterPlus) {
    if (digits.length() <= MIN_NATIONAL_LENGTH) {
      return INVALID;
    }
    int codeLength = callingCodeLength(digits);
    if (codeLength == 0) {
      // After '+', libphonenumber tries once more without it; rare enough to leave to it.
      return afterPlus ? UNDECIDED : INVALID;
    }
    int callingCode = Integer.parseInt(digits.substring(0, codeLength));
    Optional<PhoneRegionRules> rules = mainRules(callingCode);
    return rules.isEmpty() ? UNDECIDED : national(digits.substring(codeLength), callingCode, rules.get());
  }

  private Verdict fromRegion(String digits, PhoneRegionRules home) {
    Optional<Integer> afterPrefix = home.afterInternationalPrefix(digits);
    if (afterPrefix.isPresent()) {
      return international(digits.substring(afterPrefix.get()), false);
    }
    // The region's own calling code written without '+': taken as such only when the digits make
    // no sense without it.
    String ownCode = Integer.toString(home.callingCode());
    if (digits.startsWith(ownCode)) {
      String rest = home.withoutNationalPrefix(digits.substring(ownCode.length()));
      Optional<PhoneRegionRules.Length> length = home.length(digits);
      if (length.isEmpty()) {
        return UNDECIDED;
      }
      if (!home.isPlausible(digits) && home.isPlausible(rest) || length.get() == PhoneRegionRules.Length.TOO_LONG) {
        Optional<PhoneRegionRules> rules = mainRules(home.callingCode());
        return rules.isEmpty() ? UNDECIDED : national(rest, home.callingCode(), rules.get());
      }
    }
    return national(digits, home.callingCode(), home);
  }

  private Verdict national(String number, int callingCode, PhoneRegionRules rules) {
    if (number.length() < MIN_NATIONAL_LENGTH) {
      return INVALID;
    }
    String withoutPrefix = rules.withoutNationalPrefix(number);
    Optional<PhoneRegionRules.Length> length = rules.length(withoutPrefix);
    if (length.isEmpty()) {
      return UNDECIDED;
    }
    String nationalNumber = switch (length.get()) {
      case TOO_SHORT, LOCAL_ONLY, INVALID -> number;
      case POSSIBLE, TOO_LONG -> withoutPrefix;
    };
    if (nationalNumber.length() < MIN_NATIONAL_LENGTH || nationalNumber.length() > MAX_NATIONAL_LENGTH) {
      return INVALID;
    }
    return classify(nationalNumber, callingCode);
  }

  // The region of the number, then its type there: a calling code shared by several regions goes to
  // the first that claims the number by leading digits or by a known type.
  private Verdict classify(String nationalNumber, int callingCode) {
    List<String> regions = phones.getRegionCodesForCountryCode(callingCode);
    Optional<PhoneRegionRules> owner = Optional.empty();
    if (regions.size() == 1) {
      owner = rules(regions.get(0));
      if (owner.isEmpty()) {
        return UNDECIDED;
      }
    } else {
      for (String region : regions) {
        Optional<PhoneRegionRules> candidate = rules(region);
        if (candidate.isEmpty()) {
          return UNDECIDED;
        }
        boolean claims = candidate.get().claimsByLeadingDigits(nationalNumber)
            .orElseGet(() -> candidate.get().type(nationalNumber) != PhoneNumberType.UNKNOWN);
        if (claims) {
          owner = candidate;
          break;
        }
      }
      if (owner.isEmpty()) {
        return INVALID;
      }
    }
    PhoneNumberType type = owner.get().type(nationalNumber);
    return type == PhoneNumberType.UNKNOWN ? INVALID
        : new Valid(new PhoneReading("+" + callingCode + nationalNumber, owner.get().region(), type, ""));
  }

  private int callingCodeLength(String digits) {
    if (digits.charAt(0) == '0') {
      return 0;
    }
    for (int length = 1; length <= MAX_CALLING_CODE_LENGTH && length <= digits.length(); length++) {
      if (callingCodes.contains(Integer.parseInt(digits.substring(0, length)))) {
        return length;
      }
    }
    return 0;
  }

  private Optional<PhoneRegionRules> mainRules(int callingCode) {
    return rules(phones.getRegionCodeForCountryCode(callingCode));
  }

  private Optional<PhoneRegionRules> rules(String region) {
    if (region.equals(NON_GEOGRAPHIC) || !supportedRegions.contains(region)) {
      return Optional.empty();
    }
    return rulesByRegion.computeIfAbsent(region,
        r -> Optional.ofNullable(metadata.getMetadataForRegion(r)).map(m -> new PhoneRegionRules(r, m)));
  }
}
