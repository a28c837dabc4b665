package dev.golden.standardize;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What libphonenumber's metadata says about one region's numbers, with every pattern compiled once:
 * its calling code, international and national prefixes, and the patterns that tell a number's
 * validity and type. The methods follow libphonenumber's own steps, so they give its answers.
 */
final class PhoneRegionRules {
  /** The types libphonenumber tries, in its order, before fixed line and mobile. */
  private record TypedDescription(PhoneNumberType type, PhoneNumberDescription description) {}

  enum Length { POSSIBLE, LOCAL_ONLY, TOO_SHORT, INVALID, TOO_LONG }

  private final String region;
  private final int callingCode;
  private final Pattern internationalPrefix;
  private final Optional<Pattern> nationalPrefix;
  /*
   * The prefixes as automata, which tell at a glance whether a number starts with one at all (most
   * do not); only then is the regular expression asked where it ends and what its groups hold.
   */
  private final Optional<DigitAutomaton> internationalPrefixStart;
  private final Optional<DigitAutomaton> nationalPrefixStart;
  private final Optional<DigitAutomaton> leadingDigitsStart;
  private final String nationalPrefixTransform;
  private final Optional<Pattern> leadingDigits;
  private final PhoneNumberDescription general;
  private final List<TypedDescription> specialTypes;
  private final PhoneNumberDescription fixedLine;
  private final PhoneNumberDescription mobile;
  private final boolean sameMobileAndFixedLine;

  PhoneRegionRules(String region, PhoneMetadata metadata) {
    this.region = region;
    this.callingCode = metadata.getCountryCode();
    this.internationalPrefix = Pattern.compile(metadata.getInternationalPrefix());
    String prefix = metadata.getNationalPrefixForParsing();
    this.nationalPrefix = prefix.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(prefix));
    this.nationalPrefixTransform = metadata.getNationalPrefixTransformRule();
    this.leadingDigits = metadata.hasLeadingDigits()
        ? Optional.of(Pattern.compile(metadata.getLeadingDigits())) : Optional.empty();
    this.internationalPrefixStart = DigitAutomaton.compile(metadata.getInternationalPrefix());
    this.nationalPrefixStart = prefix.isEmpty() ? Optional.empty() : DigitAutomaton.compile(prefix);
    this.leadingDigitsStart = metadata.hasLeadingDigits()
        ? DigitAutomaton.compile(metadata.getLeadingDigits()) : Optional.empty();
    this.general = new PhoneNumberDescription(metadata.getGeneralDesc());
    this.specialTypes = List.of(
        new TypedDescription(PhoneNumberType.PREMIUM_RATE, new PhoneNumberDescription(metadata.getPremiumRate())),
        new TypedDescription(PhoneNumberType.TOLL_FREE, new PhoneNumberDescription(metadata.getTollFree())),
        new TypedDescription(PhoneNumberType.SHARED_COST, new PhoneNumberDescription(metadata.getSharedCost())),
        new TypedDescription(PhoneNumberType.VOIP, new PhoneNumberDescription(metadata.getVoip())),
        new TypedDescription(PhoneNumberType.PERSONAL_NUMBER,
            new PhoneNumberDescription(metadata.getPersonalNumber())),
        new TypedDescription(PhoneNumberType.PAGER, new PhoneNumberDescription(metadata.getPager())),
        new TypedDescription(PhoneNumberType.UAN, new PhoneNumberDescription(metadata.getUan())),
        new TypedDescription(PhoneNumberType.VOICEMAIL, new PhoneNumberDescription(metadata.getVoicemail())));
    this.fixedLine = new PhoneNumberDescription(metadata.getFixedLine());
    this.mobile = new PhoneNumberDescription(metadata.getMobile());
    this.sameMobileAndFixedLine = metadata.getSameMobileAndFixedLinePattern();
  }

  String region() {
    return region;
  }

  int callingCode() {
    return callingCode;
  }

  /** Where the digits after the international prefix start, when they begin with it. */
  Optional<Integer> afterInternationalPrefix(String digits) {
    if (internationalPrefixStart.isPresent() && !internationalPrefixStart.get().matchesStart(digits)) {
      return Optional.empty();
    }
    Matcher matcher = internationalPrefix.matcher(digits);
    if (!matcher.lookingAt()) {
      return Optional.empty();
    }
    // Country calling codes never start with 0: "00" then "0..." is no international call.
    int end = matcher.end();
    return end < digits.length() && digits.charAt(end) == '0' ? Optional.empty() : Optional.of(end);
  }

  /** The number without its national prefix (or carrier code), when removing it leaves a plausible number. */
  String withoutNationalPrefix(String number) {
    if (number.isEmpty() || nationalPrefix.isEmpty()
        || nationalPrefixStart.isPresent() && !nationalPrefixStart.get().matchesStart(number)) {
      return number;
    }
    Matcher matcher = nationalPrefix.get().matcher(number);
    if (!matcher.lookingAt()) {
      return number;
    }
    boolean viableAsIs = general.matchesPattern(number);
    String stripped = nationalPrefixTransform.isEmpty() || matcher.group(matcher.groupCount()) == null
        ? number.substring(matcher.end())
        : matcher.replaceFirst(nationalPrefixTransform);
    return viableAsIs && !general.matchesPattern(stripped) ? number : stripped;
  }

  boolean isPlausible(String nationalNumber) {
    return general.matchesPattern(nationalNumber);
  }

  /** How the number's length compares with the region's possible lengths; empty when they are unknown. */
  Optional<Length> length(String nationalNumber) {
    List<Integer> lengths = general.possibleLengths();
    if (lengths.isEmpty()) {
      return Optional.empty();
    }
    int actual = nationalNumber.length();
    if (lengths.get(0) == -1) {
      return Optional.of(Length.INVALID);
    }
    if (general.localOnlyLengths().contains(actual)) {
      return Optional.of(Length.LOCAL_ONLY);
    }
    int shortest = lengths.get(0);
    if (actual == shortest) {
      return Optional.of(Length.POSSIBLE);
    }
    if (actual < shortest) {
      return Optional.of(Length.TOO_SHORT);
    }
    if (actual > lengths.get(lengths.size() - 1)) {
      return Optional.of(Length.TOO_LONG);
    }
    return Optional.of(lengths.contains(actual) ? Length.POSSIBLE : Length.INVALID);
  }

  /** Whether a number of a calling code shared by several regions belongs here by its leading digits. */
  Optional<Boolean> claimsByLeadingDigits(String nationalNumber) {
    if (leadingDigitsStart.isPresent()) {
      return Optional.of(leadingDigitsStart.get().matchesStart(nationalNumber));
    }
    return leadingDigits.map(p -> p.matcher(nationalNumber).lookingAt());
  }

  /** The number's type in this region; UNKNOWN for a number that is not valid here. */
  PhoneNumberType type(String nationalNumber) {
    if (!general.matches(nationalNumber)) {
      return PhoneNumberType.UNKNOWN;
    }
    for (TypedDescription special : specialTypes) {
      if (special.description().matches(nationalNumber)) {
        return special.type();
      }
    }
    if (fixedLine.matches(nationalNumber)) {
      return sameMobileAndFixedLine || mobile.matches(nationalNumber)
          ? PhoneNumberType.FIXED_LINE_OR_MOBILE : PhoneNumberType.FIXED_LINE;
    }
    return !sameMobileAndFixedLine && mobile.matches(nationalNumber)
        ? PhoneNumberType.MOBILE : PhoneNumberType.UNKNOWN;
  }
}
