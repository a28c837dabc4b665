package dev.golden.spark;

import dev.golden.record.Attribute;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * golden-core's neighbourhood order inside an oversized block (family name, given name, company,
 * date of birth, street, postcode, phone; each as {@link String#compareTo} orders it, missing
 * last) as one byte string whose unsigned binary order is that order: per attribute a 0 byte and
 * the UTF-16 code units big-endian closed by two 0 bytes, or a 1 byte when missing. Standardized
 * values hold no U+0000, so the closing bytes sort a value before any longer one it begins.
 */
final class NeighbourhoodKey {
  private static final List<Attribute> ORDER = List.of(Attribute.FAMILY_NAME, Attribute.GIVEN_NAME,
      Attribute.COMPANY_NAME, Attribute.DATE_OF_BIRTH, Attribute.STREET_ADDRESS, Attribute.POSTCODE, Attribute.PHONE);

  private NeighbourhoodKey() {}

  static byte[] of(CarriedRecord record) {
    ByteArrayOutputStream key = new ByteArrayOutputStream(64);
    for (Attribute attribute : ORDER) {
      String value = record.value(attribute.ordinal());
      if (value == null) {
        key.write(1);
        continue;
      }
      key.write(0);
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        key.write(c >>> 8);
        key.write(c);
      }
      key.write(0);
      key.write(0);
    }
    return key.toByteArray();
  }
}
