package dev.golden.record;

/**
 * A comparable property of a customer, derived from standardized values by role rather than by
 * column: a person's given name is the same attribute whether it came from a {@code first_name}
 * column, the given part of {@code 姓名} (as pinyin) or of "Smith, Bob".
 */
public enum Attribute {
  /** Given name, Latin canonical form; pinyin for Han names. */
  GIVEN_NAME,
  /** Family name, Latin canonical form; pinyin for Han names. */
  FAMILY_NAME,
  /** Double Metaphone of the given name. */
  GIVEN_PHONETIC,
  /** Double Metaphone of the family name. */
  FAMILY_PHONETIC,
  /** All name tokens sorted: equal for swapped or cross-script forms of one name. */
  NAME_TOKENS,
  /** Han characters of a Chinese name, simplified. */
  HAN_NAME,
  /** Core company name: legal form and leading locality removed. */
  COMPANY_NAME,
  /** First characters of the core company name, for blocking. */
  COMPANY_PREFIX,
  CONTACT_PERSON,
  /** E.164 when valid, else the digits as typed. */
  PHONE,
  /** Last seven digits of the phone, for blocking numbers typed with and without area code. */
  PHONE_TAIL,
  EMAIL,
  STREET_ADDRESS,
  HOUSE_NUMBER,
  ADDRESS_LINE_2,
  CITY,
  REGION,
  POSTCODE,
  DATE_OF_BIRTH,
  NATIONAL_ID,
  WEBSITE
}
