package dev.golden.standardize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
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
    String text = CHINESE_EXTENSION.matcher(Texts.nfkc(raw).strip()).replaceAll(" ext. ");
    String region = context.defaultRegion();
    Optional<PhoneNumber> number = parse(text, region);
    // 00 is the international prefix in most of the world, though not in the record's region.
    if ((number.isEmpty() || !PHONES.isValidNumber(number.get())) && text.startsWith("00")) {
      Optional<PhoneNumber> international = parse("+" + text.substring(2), region);
      if (international.isPresent() && PHONES.isValidNumber(international.get())) {
        number = international;
      }
    }
    if (number.isEmpty() || !PHONES.isValidNumber(number.get())) {
      String digits = Texts.digits(text);
      String canonical = text.startsWith("+") ? "+" + digits : digits;
      return new StandardValue.Present(raw, canonical.isEmpty() ? Texts.collapseWhitespace(text) : canonical,
          Map.of(), List.of("not a valid phone number for region " + region));
    }
    PhoneNumber phone = number.get();
    String e164 = PHONES.format(phone, PhoneNumberFormat.E164);
    Map<Part, String> parts = new EnumMap<>(Part.class);
    parts.put(Part.E164, e164);
    String numberRegion = PHONES.getRegionCodeForNumber(phone);
    if (numberRegion != null) {
      parts.put(Part.REGION_CODE, numberRegion);
    }
    parts.put(Part.NUMBER_TYPE, Texts.lower(PHONES.getNumberType(phone).name()));
    if (phone.hasExtension() && !phone.getExtension().isEmpty()) {
      parts.put(Part.EXTENSION, phone.getExtension());
    }
    return new StandardValue.Present(raw, e164, parts, List.of());
  }

  private static Optional<PhoneNumber> parse(String text, String region) {
    try {
      return Optional.of(PHONES.parse(text, region));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
