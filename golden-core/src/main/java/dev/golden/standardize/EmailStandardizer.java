package dev.golden.standardize;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An email address: trimmed, lower case, without {@code mailto:} or angle brackets, full-width
 * characters folded. {@link Part#COMPARE_FORM} drops {@code +tags} and, for providers that ignore
 * dots in the local part (Gmail), the dots too, so it identifies the mailbox.
 */
final class EmailStandardizer implements Standardizer {
  // Practical address syntax: dot-atoms without leading, trailing or double dots; a domain of
  // labels with a letter top-level label. Quoted local parts are too rare in customer data to allow.
  private static final Pattern LOCAL = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern DOMAIN =
      Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]*[a-z0-9]");
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
    List<String> problems = LOCAL.matcher(local).matches() && DOMAIN.matcher(domain).matches()
        ? List.of() : List.of("not a valid email address");
    return new StandardValue.Present(raw, text, parts, problems);
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
