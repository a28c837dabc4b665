package dev.golden.standardize;

/** Named pieces a standardizer extracts from a value, next to its canonical form. */
public enum Part {
  // person names
  GIVEN,
  MIDDLE,
  FAMILY,
  HONORIFIC,
  /** Space-separated pinyin syllables without tones, e.g. {@code zhang wei}. */
  PINYIN,
  /** Double Metaphone code(s) of a Latin name. */
  PHONETIC,
  /** {@code latin}, {@code han} or {@code mixed}. */
  SCRIPT,
  // company names
  CORE_NAME,
  LEGAL_FORM,
  /** A leading city or province of a Chinese company name, e.g. 北京. */
  LOCALITY,
  // phones
  E164,
  REGION_CODE,
  NUMBER_TYPE,
  /** A phone extension, digits only. */
  EXTENSION,
  // emails
  LOCAL_PART,
  DOMAIN,
  /** Email without +tags and, for providers that ignore them, without dots. */
  COMPARE_FORM,
  // addresses
  HOUSE_NUMBER,
  STREET,
  STREET_TYPE,
  UNIT,
  BUILDING,
  FLOOR,
  ROOM,
  // dates
  YEAR,
  MONTH,
  DAY
}
