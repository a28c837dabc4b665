package dev.golden.server.console;

import java.util.List;

/**
 * What every page's frame shows: the title, the person signed in, the navigation their role
 * permits, the language switch and the CSRF token for forms. Templates read texts through
 * {@link #t(String)} and {@link #f(String, Object...)}.
 *
 * @param username empty when nobody is signed in
 */
record Chrome(Messages messages, String title, String path, String csrfToken, String username, String roleKey,
    List<NavItem> nav, List<Language> languages) {

  /** One entry of the navigation. */
  record NavItem(String href, String label, boolean current) {}

  String t(String key) {
    return messages.get(key);
  }

  String f(String key, Object... arguments) {
    return messages.format(key, arguments);
  }

  /** A dictionary field's label in the current language. */
  String field(String name) {
    return messages.field(name);
  }

  String lang() {
    return messages.language().tag();
  }

  boolean signedIn() {
    return !username.isEmpty();
  }

  boolean isCurrent(Language language) {
    return messages.language() == language;
  }

  String csrfField() {
    return Sessions.CSRF_FIELD;
  }
}
