package dev.golden.standardize;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A web site as its lower-case host and path, without scheme, {@code www.}, query, fragment or
 * trailing slash: {@code HTTPS://www.Example.com/ → example.com}. The host is also
 * {@link Part#DOMAIN}.
 */
final class WebsiteStandardizer implements Standardizer {
  private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://", Pattern.CASE_INSENSITIVE);
  private static final Pattern HOST = Pattern.compile("([a-z0-9\\p{L}]([a-z0-9\\p{L}-]*[a-z0-9\\p{L}])?\\.)+[a-z\\p{L}]{2,}");

  @Override
  public StandardValue standardize(String raw, StandardizeContext context) {
    String text = Texts.nfkc(raw).strip().replace("。", ".");
    text = SCHEME.matcher(text).replaceFirst("");
    int cut = firstOf(text, "?#");
    text = cut >= 0 ? text.substring(0, cut) : text;
    int slash = text.indexOf('/');
    String host = Texts.lower(slash >= 0 ? text.substring(0, slash) : text);
    String path = slash >= 0 ? text.substring(slash) : "";
    int port = host.indexOf(':');
    if (port >= 0) {
      host = host.substring(0, port);
    }
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String canonical = host + path;
    List<String> problems = HOST.matcher(host).matches() ? List.of() : List.of("not a web address");
    return new StandardValue.Present(raw, canonical, Map.of(Part.DOMAIN, host), problems);
  }

  private static int firstOf(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
