package dev.golden.standardize;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A street address line. Latin addresses become lower-case words with one abbreviation per word
 * ({@code Street → st}, {@code Apartment/Apt/#/Unit/Flat → unit}), ordered house number, street,
 * building, floor, unit, suite, so that {@code Apt 4B, 221 Baker Street} and {@code 221 Baker St
 * #4B} are the same {@code 221 baker st unit 4b}. Chinese addresses become simplified, half-width,
 * without spaces, with simple Chinese numerals before 号/楼/层/室/栋 in digits, and their road, number,
 * building, floor and room as parts.
 */
final class StreetAddressStandardizer implements Standardizer {
  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("street", "st"), Map.entry("str", "st"), Map.entry("st", "st"),
      Map.entry("road", "rd"), Map.entry("rd", "rd"),
      Map.entry("avenue", "ave"), Map.entry("ave", "ave"), Map.entry("av", "ave"),
      Map.entry("boulevard", "blvd"), Map.entry("blvd", "blvd"),
      Map.entry("drive", "dr"), Map.entry("dr", "dr"), Map.entry("lane", "ln"), Map.entry("ln", "ln"),
      Map.entry("place", "pl"), Map.entry("pl", "pl"), Map.entry("court", "ct"), Map.entry("ct", "ct"),
      Map.entry("crescent", "cres"), Map.entry("cres", "cres"),
      Map.entry("highway", "hwy"), Map.entry("hwy", "hwy"),
      Map.entry("parkway", "pkwy"), Map.entry("pkwy", "pkwy"),
      Map.entry("terrace", "tce"), Map.entry("tce", "tce"), Map.entry("terr", "tce"),
      Map.entry("square", "sq"), Map.entry("sq", "sq"),
      Map.entry("circuit", "cct"), Map.entry("close", "cl"), Map.entry("way", "way"),
      Map.entry("north", "n"), Map.entry("south", "s"), Map.entry("east", "e"), Map.entry("west", "w"),
      Map.entry("northeast", "ne"), Map.entry("northwest", "nw"),
      Map.entry("southeast", "se"), Map.entry("southwest", "sw"));

  private static final java.util.Set<String> STREET_TYPES = java.util.Set.of(
      "st", "rd", "ave", "blvd", "dr", "ln", "pl", "ct", "cres", "hwy", "pkwy", "tce", "sq", "cct",
      "cl", "way");

  private enum Designator { UNIT, SUITE, FLOOR, BUILDING }

  private static final Map<String, Designator> DESIGNATORS = Map.ofEntries(
      Map.entry("apartment", Designator.UNIT), Map.entry("apt", Designator.UNIT),
      Map.entry("unit", Designator.UNIT), Map.entry("flat", Designator.UNIT),
      Map.entry("#", Designator.UNIT), Map.entry("no", Designator.UNIT),
      Map.entry("suite", Designator.SUITE), Map.entry("ste", Designator.SUITE),
      Map.entry("floor", Designator.FLOOR), Map.entry("fl", Designator.FLOOR),
      Map.entry("flr", Designator.FLOOR), Map.entry("level", Designator.FLOOR),
      Map.entry("lvl", Designator.FLOOR),
      Map.entry("building", Designator.BUILDING), Map.entry("bldg", Designator.BUILDING),
      Map.entry("bld", Designator.BUILDING));

  private static final Pattern ORDINAL_FLOOR = Pattern.compile("(\\d+)(st|nd|rd|th)");
  private static final Pattern PO_BOX = Pattern.compile("\\b(p\\s?o|post\\s+office)\\s+box\\s+(\\w+)");
  private static final Pattern HOUSE_SLASH_UNIT = Pattern.compile("^(\\d+[a-z]?)\\s*/\\s*(\\d+[a-z]?)\\b");

  private static final String CHINESE_UNITS = "号楼层室栋幢座单元";
  private static final Pattern CN_ROAD =
      Pattern.compile("([\\p{IsHan}\\d]*?[\\p{IsHan}](?:大道|大街|路|街|道|巷|弄|胡同))");
  private static final Pattern CN_HOUSE =
      Pattern.compile("(\\d+(?:-\\d+)?[a-z]?)号(?!楼)");
  private static final Pattern CN_BUILDING =
      Pattern.compile("(\\d+[a-z]?|[a-z])(?:栋|幢|座|号楼)");
  private static final Pattern CN_FLOOR = Pattern.compile("(?<![号\\d])(\\d+)(?:楼|层|f)(?![0-9])|(?<=号楼|栋|幢|座)(\\d+)(?:楼|层|f)");
  private static final Pattern CN_ROOM = Pattern.compile("(\\d+[a-z]?)(?:室|房)");

  @Override
  public StandardValue standardize(String raw, StandardizeContext context) {
    String text = Texts.basicClean(raw);
    return ChineseText.containsHan(text) ? chinese(raw, text) : latin(raw, text);
  }

  private static StandardValue latin(String raw, String text) {
    String lower = Texts.lower(Texts.foldAccents(text)).replace(".", " ").replace("'", "").replace("’", "");
    Map<Part, String> parts = new EnumMap<>(Part.class);
    List<String> labelled = new ArrayList<>(2);

    // The cheap tests first: most addresses have neither a box nor a slash for the patterns to find.
    Matcher box = lower.contains("box") ? PO_BOX.matcher(lower) : null;
    if (box != null && box.find()) {
      labelled.add("po box " + box.group(2));
      lower = lower.substring(0, box.start()) + ' ' + lower.substring(box.end());
    }
    // Australian "4/221 Baker St": unit 4 of house 221.
    Matcher slash = lower.indexOf('/') >= 0 ? HOUSE_SLASH_UNIT.matcher(lower) : null;
    if (slash != null && slash.find()) {
      parts.put(Part.UNIT, slash.group(1));
      lower = slash.group(2) + lower.substring(slash.end());
    }
    List<String> tokens = tokens(lower);
    List<String> street = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      Designator designator = DESIGNATORS.get(token);
      if (designator == null && i + 1 < tokens.size() && DESIGNATORS.get(tokens.get(i + 1)) == Designator.FLOOR
          && ORDINAL_FLOOR.matcher(token).matches()) {
        Matcher ordinal = ORDINAL_FLOOR.matcher(token);
        ordinal.matches();
        parts.put(Part.FLOOR, ordinal.group(1));
        i++;
        continue;
      }
      // "no 12" is a house number before the street, a unit after it
      if (designator != null && i + 1 < tokens.size() && !(token.equals("no") && street.isEmpty())) {
        String value = tokens.get(++i);
        switch (designator) {
          case UNIT -> parts.put(Part.UNIT, value);
          case SUITE -> parts.put(Part.UNIT, "suite " + value);
          case FLOOR -> parts.put(Part.FLOOR, value);
          case BUILDING -> parts.put(Part.BUILDING, value);
        }
        continue;
      }
      if (token.equals("no") && i + 1 < tokens.size()) {
        continue;
      }
      if (!parts.containsKey(Part.HOUSE_NUMBER) && street.isEmpty() && isHouseNumber(token)) {
        parts.put(Part.HOUSE_NUMBER, token);
        continue;
      }
      street.add(WORDS.getOrDefault(token, token));
    }
    if (!street.isEmpty()) {
      parts.put(Part.STREET, String.join(" ", street));
      for (int i = street.size() - 1; i > 0; i--) {
        if (STREET_TYPES.contains(street.get(i))) {
          parts.put(Part.STREET_TYPE, street.get(i));
          break;
        }
      }
    }
    StringBuilder canonical = new StringBuilder();
    labelled.forEach(label -> append(canonical, label));
    append(canonical, parts.get(Part.HOUSE_NUMBER));
    append(canonical, parts.get(Part.STREET));
    append(canonical, prefixed("bldg ", parts.get(Part.BUILDING)));
    append(canonical, prefixed("fl ", parts.get(Part.FLOOR)));
    String unit = parts.get(Part.UNIT);
    append(canonical, unit == null || unit.startsWith("suite ") ? unit : "unit " + unit);
    return new StandardValue.Present(raw, canonical.toString(), parts, List.of());
  }

  /** {@code 221}, {@code 221b}, {@code 12-14}, {@code 12a-12c}: digits and a letter, perhaps a range of them. */
  static boolean isHouseNumber(String token) {
    int end = numberWithLetter(token, 0);
    if (end > 0 && end < token.length() && token.charAt(end) == '-') {
      end = numberWithLetter(token, end + 1);
    }
    return end == token.length();
  }

  /** Where {@code \d+[a-z]?} starting at {@code start} ends; -1 when no digit is there. */
  private static int numberWithLetter(String token, int start) {
    int at = start;
    while (at < token.length() && token.charAt(at) >= '0' && token.charAt(at) <= '9') {
      at++;
    }
    if (at == start) {
      return -1;
    }
    return at < token.length() && token.charAt(at) >= 'a' && token.charAt(at) <= 'z' ? at + 1 : at;
  }

  private static List<String> tokens(String lower) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c) || (c == '-' && token.length() > 0)) {
        token.append(c);
      } else {
        flush(token, tokens);
        if (c == '#') {
          tokens.add("#");
        }
      }
    }
    flush(token, tokens);
    return tokens;
  }

  private static void flush(StringBuilder token, List<String> tokens) {
    if (token.length() > 0) {
      int end = token.length();
      while (end > 0 && token.charAt(end - 1) == '-') {
        end--;
      }
      if (end > 0) {
        tokens.add(token.substring(0, end));
      }
      token.setLength(0);
    }
  }

  private static String prefixed(String prefix, String value) {
    return value == null ? null : prefix + value;
  }

  private static void append(StringBuilder out, String piece) {
    if (piece != null && !piece.isEmpty()) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(piece);
    }
  }

  private static StandardValue chinese(String raw, String text) {
    String compact = Texts.lower(text.replace(" ", "").replace("#", "号"));
    compact = ChineseNumerals.beforeUnits(compact, CHINESE_UNITS);
    Map<Part, String> parts = new EnumMap<>(Part.class);
    find(CN_ROAD, compact, "道街路巷弄同").ifPresent(m -> parts.put(Part.STREET, withoutAdministrativePrefix(m.group(1))));
    find(CN_HOUSE, compact, "号").ifPresent(m -> parts.put(Part.HOUSE_NUMBER, m.group(1)));
    find(CN_BUILDING, compact, "栋幢座楼").ifPresent(m -> parts.put(Part.BUILDING, m.group(1)));
    find(CN_FLOOR, compact, "楼层f").ifPresent(m -> parts.put(Part.FLOOR, m.group(1) != null ? m.group(1) : m.group(2)));
    find(CN_ROOM, compact, "室房").ifPresent(m -> parts.put(Part.ROOM, m.group(1)));
    return new StandardValue.Present(raw, compact, parts, List.of());
  }

  /**
   * The pattern's first match, searched only when the text holds one of the characters every match
   * needs: the test is a scan, a search tries the pattern at every position.
   */
  private static Optional<MatchResult> find(Pattern pattern, String text, String needed) {
    if (!containsAny(text, needed)) {
      return Optional.empty();
    }
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? Optional.of(matcher) : Optional.empty();
  }

  private static boolean containsAny(String text, String characters) {
    for (int i = 0; i < characters.length(); i++) {
      if (text.indexOf(characters.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  // The road pattern is lazy but starts at the first Han character: cut the province, city and
  // district that usually precede the road (广东省深圳市南山区科技园路 → 科技园路).
  private static String withoutAdministrativePrefix(String road) {
    int cut = 0;
    for (String marker : new String[] {"省", "自治区", "市", "区", "县", "镇", "乡"}) {
      int at = road.lastIndexOf(marker);
      if (at >= 0 && at + marker.length() < road.length() - 1) {
        cut = Math.max(cut, at + marker.length());
      }
    }
    return road.substring(cut);
  }
}
