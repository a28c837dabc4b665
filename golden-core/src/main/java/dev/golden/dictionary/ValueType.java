package dev.golden.dictionary;

/** Storage type of a field's canonical value. */
public enum ValueType {
  STRING,
  DATE,
  NUMBER;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
