package dev.golden.dictionary;

/** Why a column was mapped to a field. */
public enum MappingSource {
  /** Given by the user; always wins. */
  EXPLICIT,
  /** The header is a known alias of the field. */
  HEADER,
  /** The values look like the field's role (phone numbers, emails, dates...). */
  CONTENT,
  /** Not mapped: the column is carried along but not standardized or matched. */
  UNMAPPED
}
