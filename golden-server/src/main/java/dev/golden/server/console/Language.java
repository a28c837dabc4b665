package dev.golden.server.console;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the console speaks, each with its own message bundle. */
enum Language {
  ENGLISH("en", Locale.ENGLISH, "English"),
  SIMPLIFIED_CHINESE("zh-CN", Locale.SIMPLIFIED_CHINESE, "简体中文");

  private final String tag;
  private final Locale locale;
  private final String nativeName;

  Language(String tag, Locale locale, String nativeName) {
    this.tag = tag;
    this.locale = locale;
    this.nativeName = nativeName;
  }

  /** The BCP 47 tag, for {@code <html lang>} and the language cookie. */
  String tag() {
    return tag;
  }

  Locale locale() {
    return locale;
  }

  /** The language's name in itself, so a person finds theirs whatever is shown now. */
  String nativeName() {
    return nativeName;
  }

  static Optional<Language> ofTag(String tag) {
    return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())).findFirst();
  }
}
