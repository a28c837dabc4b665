package dev.golden.server.console;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text of the console in one language, from {@code messages*.properties} (read as UTF-8).
 * A key missing from a bundle shows as {@code ??key??} rather than failing the page; a test keeps
 * the bundles' keys equal.
 */
final class Messages {

  static final String BUNDLE = "dev.golden.server.console.messages";
  private static final Map<Language, Messages> ALL = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      ALL.put(language, new Messages(language, ResourceBundle.getBundle(BUNDLE, language.locale(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
    }
  }

  private final Language language;
  private final ResourceBundle bundle;

  private Messages(Language language, ResourceBundle bundle) {
    this.language = language;
    this.bundle = bundle;
  }

  static Messages of(Language language) {
    return ALL.get(language);
  }

  Language language() {
    return language;
  }

  /** The text for {@code key}. */
  String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return "??" + key + "??";
    }
  }

  /** The text for {@code key} with {@code {0}}, {@code {1}}... filled in, numbers in this language's format. */
  String format(String key, Object... arguments) {
    return new MessageFormat(get(key), language.locale()).format(arguments);
  }

  /** A dictionary field's label, or its name when the bundle has none. */
  String field(String name) {
    String key = "field." + name;
    return bundle.containsKey(key) ? bundle.getString(key) : name;
  }
}
