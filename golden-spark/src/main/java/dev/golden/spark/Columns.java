package dev.golden.spark;

import dev.golden.record.Attribute;
import java.util.Locale;

/** Column names of the job's data frames: one column per attribute, per dictionary field and per term frequency. */
final class Columns {
  static final String INDEX = "idx";
  static final String ID = "id";
  static final String CLUSTER = "cluster";

  private Columns() {}

  /** The standardized attribute of a record, null when missing. */
  static String attribute(Attribute attribute) {
    return "a_" + attribute.name().toLowerCase(Locale.ROOT);
  }

  /** The canonical value of the dictionary's field number {@code field}, null when missing. */
  static String field(int field) {
    return "f_" + field;
  }
}
