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
 */
final class PhoneStandardizer implements Standardizer {
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  // Chinese ways to write an extension: 转 8001, 分机 8001; libphonenumber knows the Latin ones.
  private static final Pattern CHINESE_EXTENSION = Pattern.compile("\\s*(转|轉|分机|分機)\\s*");

  @Override
  public StandardValue standardize(String raw, StandardizeContext context) {
    String text = Texts.nfkc(raw).strip();
    if (mayHaveChineseExtension(text)) {
      text = CHINESE_EXTENSION.matcher(text).replaceAll(" ext. ");
    }
    String region = context.defaultRegion();
    Optional<Reading> reading = parse(text, region).flatMap(PhoneStandardizer::read);
    // 00 is the international prefix in most of the world, though not in the record's region.
    if (reading.isEmpty() && text.startsWith("00")) {
      reading = parse("+" + text.substring(2), region).flatMap(PhoneStandardizer::read);
    }
    if (reading.isEmpty()) {
      String digits = Texts.digits(text);
      String canonical = text.startsWith("+") ? "+" + digits : digits;
      return new StandardValue.Present(raw, canonical.isEmpty() ? Texts.collapseWhitespace(text) : canonical,
          Map.of(), List.of("not a valid phone number for region " + region));
    }
    PhoneNumber phone = reading.get().number();
    String e164 = PHONES.format(phone, PhoneNumberFormat.E164);
    Map<Part, String> parts = new EnumMap<>(Part.class);
    parts.put(Part.E164, e164);
    parts.put(Part.REGION_CODE, reading.get().region());
    parts.put(Part.NUMBER_TYPE, Texts.lower(reading.get().type().name()));
    if (phone.hasExtension() && !phone.getExtension().isEmpty()) {
      parts.put(Part.EXTENSION, phone.getExtension());
    }
    return new StandardValue.Present(raw, e164, parts, List.of());
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

  private record Reading(PhoneNumber number, String region, PhoneNumberType type) {}

  // Valid exactly when isValidNumber would say so, which computes the same region and type: asking
  // for them directly saves libphonenumber's most expensive step being run twice.
  private static Optional<Reading> read(PhoneNumber number) {
    String region = PHONES.getRegionCodeForNumber(number);
    if (region == null) {
      return Optional.empty();
    }
    PhoneNumberType type = PHONES.getNumberType(number);
    return type == PhoneNumberType.UNKNOWN ? Optional.empty() : Optional.of(new Reading(number, region, type));
  }

  private static Optional<PhoneNumber> parse(String text, String region) {
    try {
      return Optional.of(PHONES.parse(text, region));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
