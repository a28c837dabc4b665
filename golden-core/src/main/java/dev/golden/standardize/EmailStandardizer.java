package dev.golden.standardize;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An email address: trimmed, lower case, without {@code mailto:} or angle brackets, full-width
 * characters folded. {@link Part#COMPARE_FORM} drops {@code +tags} and, for providers that ignore
 * dots in the local part (Gmail), the dots too, so it identifies the mailbox.
 */
final class EmailStandardizer implements Standardizer {
  // Practical address syntax: dot-atoms without leading, trailing or double dots; a domain of
  // labels with a letter top-level label. Quoted local parts are too rare in customer data to allow.
  // Checked by scanning, as these regular expressions would say:
  //   local  [a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*
  //   domain ([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]
  private static final String ATOM_SYMBOLS = "!#$%&'*+/=?^_`{|}~-";
  private static final int MAX_LABEL = 63;
  private static final Set<String> DOTLESS_PROVIDERS = Set.of("gmail.com", "googlemail.com");
  private static final String GMAIL = "gmail.com";

  @Override
  public StandardValue standardize(String raw, StandardizeContext context) {
    String text = Texts.lower(Texts.nfkc(raw).strip());
    // "John <john@x.com>": the address is inside the angle brackets.
    int open = text.lastIndexOf('<');
    int close = text.lastIndexOf('>');
    if (open >= 0 && close > open) {
      text = text.substring(open + 1, close).strip();
    }
    if (text.startsWith("mailto:")) {
      text = text.substring("mailto:".length()).strip();
    }
    text = stripEnds(text.replace("。", ".").replace(" ", ""));
    int at = text.lastIndexOf('@');
    if (at <= 0 || at == text.length() - 1) {
      return new StandardValue.Present(raw, text, Map.of(), List.of("not an email address"));
    }
    String local = text.substring(0, at);
    String domain = text.substring(at + 1);
    Map<Part, String> parts = new EnumMap<>(Part.class);
    parts.put(Part.LOCAL_PART, local);
    parts.put(Part.DOMAIN, domain);
    parts.put(Part.COMPARE_FORM, compareForm(local, domain));
    List<String> problems = isDotAtom(local) && isDomain(domain) ? List.of() : List.of("not a valid email address");
    return new StandardValue.Present(raw, text, parts, problems);
  }

  /** Atoms of letters, digits and the allowed symbols, joined by single dots. */
  static boolean isDotAtom(String local) {
    if (local.isEmpty() || local.charAt(0) == '.' || local.charAt(local.length() - 1) == '.') {
      return false;
    }
    for (int i = 0; i < local.length(); i++) {
      char c = local.charAt(i);
      boolean allowed = c == '.' ? local.charAt(i - 1) != '.' : isLowerAlphanumeric(c) || ATOM_SYMBOLS.indexOf(c) >= 0;
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  /** At least two dot-separated labels; the last starts with a letter and has two characters or more. */
  static boolean isDomain(String domain) {
    int start = 0;
    int labels = 0;
    while (true) {
      int dot = domain.indexOf('.', start);
      if (dot < 0) {
        return labels > 0 && isTopLevelLabel(domain, start, domain.length());
      }
      if (!isLabel(domain, start, dot)) {
        return false;
      }
      labels++;
      start = dot + 1;
    }
  }

  // [a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?
  private static boolean isLabel(String text, int start, int end) {
    return end - start >= 1 && end - start <= MAX_LABEL && isLowerAlphanumeric(text.charAt(start))
        && isLowerAlphanumeric(text.charAt(end - 1)) && isHostText(text, start, end);
  }

  // [a-z][a-z0-9-]*[a-z0-9]
  private static boolean isTopLevelLabel(String text, int start, int end) {
    if (end - start < 2) {
      return false;
    }
    char first = text.charAt(start);
    return first >= 'a' && first <= 'z' && isLowerAlphanumeric(text.charAt(end - 1)) && isHostText(text, start, end);
  }

  private static boolean isHostText(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!isLowerAlphanumeric(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  private static String compareForm(String local, String domain) {
    int plus = local.indexOf('+');
    String mailbox = plus > 0 ? local.substring(0, plus) : local;
    if (DOTLESS_PROVIDERS.contains(domain)) {
      return mailbox.replace(".", "") + '@' + GMAIL;
    }
    return mailbox + '@' + domain;
  }

  // Quotes, brackets and trailing punctuation people paste around an address.
  private static String stripEnds(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && "\"'(<[;,".indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && "\"')>];,.".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(start, end);
  }
}
