package dev.golden.dictionary;

/**
 * What a field means to Golden. The role decides how values are standardized, validated, profiled
 * and compared; the field name is only a label.
 */
public enum Role {
  PERSON_NAME,
  GIVEN_NAME,
  FAMILY_NAME,
  COMPANY_NAME,
  PHONE,
  EMAIL,
  STREET_ADDRESS,
  HOUSE_NUMBER,
  CITY,
  REGION,
  POSTCODE,
  COUNTRY,
  DATE_OF_BIRTH,
  NATIONAL_ID,
  WEBSITE,
  /** A controlled value from a picklist: status, gender, segment, source system. */
  CATEGORY,
  FREE_TEXT,
  IDENTIFIER;

  /** The lower-case spelling used in dictionary files and reports. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Role fromId(String id) {
    return valueOf(id.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
