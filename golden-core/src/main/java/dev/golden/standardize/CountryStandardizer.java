package dev.golden.standardize;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * A country as its ISO 3166 alpha-2 code, from codes (alpha-2 and alpha-3), English and Chinese
 * names (Java's locale data) and the usual aliases (PRC, 中华人民共和国, USA, UK, England, Holland).
 * An unknown country is kept in upper case with a problem.
 */
final class CountryStandardizer implements Standardizer {
  private static final Map<String, String> CODE_BY_NAME = buildTable();

  @Override
  public StandardValue standardize(String raw, StandardizeContext context) {
    String key = key(raw);
    String code = CODE_BY_NAME.get(key);
    if (code == null) {
      return new StandardValue.Present(
          raw, Texts.upper(Texts.basicClean(raw)), Map.of(), List.of("not a known country"));
    }
    return StandardValue.of(raw, code);
  }

  // Lower case, simplified, accents folded, only letters: "U.S.A." and "usa" are one key.
  private static String key(String text) {
    String clean = Texts.lower(Texts.foldAccents(Texts.basicClean(text)));
    StringBuilder key = new StringBuilder(clean.length());
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        key.append(c);
      }
    }
    String result = key.toString();
    return result.startsWith("the") && result.length() > 6 ? result.substring(3) : result;
  }

  private static Map<String, String> buildTable() {
    Map<String, String> table = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      table.put(key(code), code);
      try {
        table.put(key(country.getISO3Country()), code);
      } catch (MissingResourceException e) {
        // no alpha-3 code known: the alpha-2 code and the names still work
      }
      table.put(key(country.getDisplayCountry(Locale.ENGLISH)), code);
      table.put(key(country.getDisplayCountry(Locale.SIMPLIFIED_CHINESE)), code);
      table.put(key(country.getDisplayCountry(Locale.TRADITIONAL_CHINESE)), code);
    }
    String[][] aliases = {
        {"CN", "PRC", "P.R.C.", "People's Republic of China", "P.R. China", "PR China", "Mainland China",
            "China Mainland", "Chine", "中华人民共和国", "中国大陆", "大陆", "内地", "中國"},
        {"HK", "Hong Kong", "香港", "Hong Kong SAR", "Hongkong", "Hong Kong, China", "HKSAR", "香港特别行政区", "中国香港"},
        {"MO", "Macao", "澳门", "Macau", "Macao SAR", "Macau SAR", "澳门特别行政区", "中国澳门"},
        {"TW", "Taiwan", "Republic of China", "Chinese Taipei", "台湾", "中国台湾", "台灣"},
        {"US", "USA", "U.S.", "U.S.A.", "United States", "United States of America", "America",
            "美国", "美利坚合众国"},
        {"GB", "UK", "U.K.", "United Kingdom", "Great Britain", "Britain", "England", "Scotland",
            "Wales", "Northern Ireland", "英国", "英格兰", "苏格兰"},
        {"AU", "Australia", "澳大利亚", "澳洲"},
        {"NZ", "New Zealand", "新西兰"},
        {"KR", "South Korea", "Korea", "Republic of Korea", "韩国", "南韩"},
        {"KP", "North Korea", "朝鲜"},
        {"RU", "Russia", "俄罗斯"},
        {"VN", "Vietnam", "Viet Nam", "越南"},
        {"AE", "UAE", "U.A.E.", "阿联酋"},
        {"NL", "Holland", "The Netherlands", "荷兰"},
        {"DE", "Germany", "Deutschland", "德国"},
        {"SG", "Singapore", "新加坡"},
        {"MY", "Malaysia", "马来西亚"},
        {"JP", "Japan", "日本"},
        {"CA", "Canada", "加拿大"},
        {"FR", "France", "法国"},
        {"IN", "India", "印度"},
        {"CZ", "Czech Republic", "Czechia"},
        {"CI", "Ivory Coast"},
        {"TR", "Turkey", "Türkiye"}};
    for (String[] row : aliases) {
      for (int i = 1; i < row.length; i++) {
        table.put(key(row[i]), row[0]);
      }
    }
    table.remove("");
    return Map.copyOf(table);
  }
}
