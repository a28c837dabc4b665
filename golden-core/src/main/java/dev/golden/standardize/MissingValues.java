package dev.golden.standardize;

import java.io.Serializable;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises empty strings and placeholders ({@code N/A}, {@code unknown}, {@code 不详}, ...) so
 * that every kind of "no value" becomes the one explicit missing value.
 */
public final class MissingValues implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Set<String> placeholders;
  /** The longest placeholder: a longer value needs no hashing to be told apart from them all. */
  private final int longest;

  public MissingValues(Collection<String> placeholders) {
    this.placeholders =
        placeholders.stream().map(MissingValues::key).collect(Collectors.toUnmodifiableSet());
    this.longest = this.placeholders.stream().mapToInt(String::length).max().orElse(0);
  }

  /** Whether the raw value carries no information. */
  public boolean isMissing(String raw) {
    if (raw == null) {
      return true;
    }
    String key = key(raw);
    return key.isEmpty() || (key.length() <= longest && placeholders.contains(key));
  }

  // Full-width forms (Ｎ／Ａ) and surrounding brackets or quotes are typed as often as the plain ones.
  private static String key(String raw) {
    String s = Texts.nfkc(raw).strip();
    while (s.length() >= 2 && isWrapper(s.charAt(0), s.charAt(s.length() - 1))) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s.toLowerCase(Locale.ROOT);
  }

  private static boolean isWrapper(char open, char close) {
    return (open == '(' && close == ')') || (open == '[' && close == ']') || (open == '<' && close == '>')
        || (open == '"' && close == '"') || (open == '\'' && close == '\'');
  }
}
