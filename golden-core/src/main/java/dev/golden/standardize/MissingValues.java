package dev.golden.standardize;

import java.io.Serializable;
import java.text.Normalizer;
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
  /** Bit c set when a placeholder starts with the ASCII character c. */
  private final long[] asciiStarts = new long[2];

  public MissingValues(Collection<String> placeholders) {
    this.placeholders =
        placeholders.stream().map(MissingValues::key).collect(Collectors.toUnmodifiableSet());
    this.longest = this.placeholders.stream().mapToInt(String::length).max().orElse(0);
    // A placeholder starting with an accented letter (ń) is also reached from its base letter and a mark.
    this.placeholders.stream().filter(p -> !p.isEmpty())
        .map(p -> Normalizer.normalize(p.substring(0, 1), Normalizer.Form.NFD).charAt(0))
        .filter(c -> c < 0x80)
        .forEach(c -> asciiStarts[c >> 6] |= 1L << c);
  }

  /** Whether the raw value carries no information. */
  public boolean isMissing(String raw) {
    if (raw == null) {
      return true;
    }
    return !startsLikeAValue(raw) && isMissingByKey(raw);
  }

  /**
   * Whether the value's first character already tells it from every placeholder, so most names,
   * numbers and dates need no normalised copy: a printable ASCII character that is neither a
   * bracket or quote (those are unwrapped) nor, lower-cased, the first character of a placeholder.
   * Normalisation cannot change it into one: NFKC only composes it with a following mark, and a
   * placeholder starting with such a composed letter marks its base letter as a start too.
   */
  private boolean startsLikeAValue(String raw) {
    if (raw.isEmpty()) {
      return false;
    }
    char c = raw.charAt(0);
    if (c <= ' ' || c >= 0x7F || isWrapper(c, c) || c == '(' || c == '[' || c == '<') {
      return false;
    }
    char lower = Character.toLowerCase(c);
    return (asciiStarts[lower >> 6] & (1L << lower)) == 0;
  }

  /** The definition: the value's normalised key is empty or a placeholder. */
  boolean isMissingByKey(String raw) {
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
