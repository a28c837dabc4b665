package dev.golden.standardize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A telephone number in E.164 ({@code +14155552671}), read with libphonenumber in the record's
 * region. Numbers that are not valid keep their digits as the canonical form and carry a problem:
 * they are flagged, never guessed.
 *
 * <p>Most numbers are digits and separators; {@link PhoneDigitsReader} reads those with
 * libphonenumber's metadata at a fraction of the cost of its parser, which reads everything else.
 */
final class PhoneStandardizer implements Standardizer {
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final PhoneDigitsReader DIGITS = new PhoneDigitsReader();
  // Chinese ways to write an extension: 转 8001, 分机 8001; libphonenumber knows the Latin ones.
  private static final Pattern CHINESE_EXTENSION = Pattern.compile("\\s*(转|轉|分机|分機)\\s*");

  @Override
  public StandardValue standardize(String raw, StandardizeContext context) {
    String text = cleaned(raw);
    String region = context.defaultRegion();
    PhoneDigitsReader.Verdict verdict = DIGITS.read(text, region);
    if (verdict instanceof PhoneDigitsReader.Invalid && text.startsWith("00")) {
      verdict = DIGITS.read(internationalFromDoubleZero(text), region);
    }
    Optional<PhoneReading> reading;
    if (verdict instanceof PhoneDigitsReader.Valid valid) {
      reading = Optional.of(valid.reading());
    } else if (verdict instanceof PhoneDigitsReader.Invalid) {
      reading = Optional.empty();
    } else {
      reading = readWithLibphonenumber(text, region);
    }
    return value(raw, text, region, reading);
  }

  /** The same value by libphonenumber's parser alone: the reference the fast reader must agree with. */
  StandardValue standardizeWithLibphonenumber(String raw, StandardizeContext context) {
    String text = cleaned(raw);
    String region = context.defaultRegion();
    return value(raw, text, region, readWithLibphonenumber(text, region));
  }

  private static String cleaned(String raw) {
    String text = Texts.nfkc(raw).strip();
    return mayHaveChineseExtension(text) ? CHINESE_EXTENSION.matcher(text).replaceAll(" ext. ") : text;
  }

  // 00 is the international prefix in most of the world, though not in the record's region.
  private static String internationalFromDoubleZero(String text) {
    return "+" + text.substring(2);
  }

  private static StandardValue value(String raw, String text, String region, Optional<PhoneReading> reading) {
    if (reading.isEmpty()) {
      String digits = Texts.digits(text);
      String canonical = text.startsWith("+") ? "+" + digits : digits;
      return new StandardValue.Present(raw, canonical.isEmpty() ? Texts.collapseWhitespace(text) : canonical,
          Map.of(), List.of("not a valid phone number for region " + region));
    }
    PhoneReading phone = reading.get();
    Map<Part, String> parts = new EnumMap<>(Part.class);
    parts.put(Part.E164, phone.e164());
    parts.put(Part.REGION_CODE, phone.region());
    parts.put(Part.NUMBER_TYPE, Texts.lower(phone.type().name()));
    if (!phone.extension().isEmpty()) {
      parts.put(Part.EXTENSION, phone.extension());
    }
    return new StandardValue.Present(raw, phone.e164(), parts, List.of());
  }

  // The regex costs more than this scan, and almost no number has an extension.
  private static boolean mayHaveChineseExtension(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '转' || c == '轉' || c == '分') {
        return true;
      }
    }
    return false;
  }

  private static Optional<PhoneReading> readWithLibphonenumber(String text, String region) {
    Optional<PhoneReading> reading = parse(text, region).flatMap(PhoneStandardizer::read);
    if (reading.isEmpty() && text.startsWith("00")) {
      reading = parse(internationalFromDoubleZero(text), region).flatMap(PhoneStandardizer::read);
    }
    return reading;
  }

  // Valid exactly when isValidNumber would say so, which computes the same region and type: asking
  // for them directly saves libphonenumber's most expensive step being run twice.
  private static Optional<PhoneReading> read(PhoneNumber number) {
    String region = PHONES.getRegionCodeForNumber(number);
    if (region == null) {
      return Optional.empty();
    }
    PhoneNumberType type = PHONES.getNumberType(number);
    if (type == PhoneNumberType.UNKNOWN) {
      return Optional.empty();
    }
    String extension = number.hasExtension() ? number.getExtension() : "";
    return Optional.of(new PhoneReading(PHONES.format(number, PhoneNumberFormat.E164), region, type, extension));
  }

  private static Optional<PhoneNumber> parse(String text, String region) {
    try {
      return Optional.of(PHONES.parse(text, region));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
