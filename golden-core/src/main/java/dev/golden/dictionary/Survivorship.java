package dev.golden.dictionary;

/** How a golden record picks one value for a field among the values of its source records. */
public enum Survivorship {
  MOST_RECENT,
  MOST_COMPLETE,
  MOST_FREQUENT,
  MOST_TRUSTED_SOURCE;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
