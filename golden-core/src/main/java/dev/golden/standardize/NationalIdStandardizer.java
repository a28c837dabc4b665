package dev.golden.standardize;

import java.util.List;
import java.util.Map;

/**
 * A government identifier: only its letters and digits, upper case. An 18-character Chinese
 * resident identity number has its check character (ISO 7064 MOD 11-2) verified.
 */
final class NationalIdStandardizer implements Standardizer {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";

  @Override
  public StandardValue standardize(String raw, StandardizeContext context) {
    String text = Texts.upper(Texts.nfkc(raw));
    StringBuilder id = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
        id.append(c);
      }
    }
    String canonical = id.toString();
    if (looksLikeChineseResidentId(canonical) && !checkCharacterMatches(canonical)) {
      return new StandardValue.Present(raw, canonical, Map.of(),
          List.of("check character of the Chinese resident identity number is wrong"));
    }
    return StandardValue.of(raw, canonical);
  }

  static boolean looksLikeChineseResidentId(String id) {
    if (id.length() != 18) {
      return false;
    }
    for (int i = 0; i < 17; i++) {
      if (id.charAt(i) < '0' || id.charAt(i) > '9') {
        return false;
      }
    }
    char last = id.charAt(17);
    return (last >= '0' && last <= '9') || last == 'X';
  }

  static boolean checkCharacterMatches(String id) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11) == id.charAt(17);
  }
}
