package dev.golden.match;

/** Whether records are matched within one input or only across two. */
public enum LinkType {
  DEDUPE_ONLY,
  LINK_ONLY;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
