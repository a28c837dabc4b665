package dev.golden.standardize;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Han characters: recognising them, traditional to simplified, and pinyin.
 *
 * <p>Pinyin is lower case without tones, and ü is written {@code u} ({@code 吕 → lu}, {@code 女 →
 * nu}): Latin-script names on cards and older passports never carry ü, and matching them against
 * Han names is what pinyin is for here. Both conversions are memoised per character in static
 * tables filled on first use, so every call after warm-up is a plain array look-up. Thread-safe.
 */
public final class ChineseText {
  // CJK Unified Ideographs Extension A (3400) through the basic block (9FFF).
  private static final int FIRST = 0x3400;
  private static final int LAST = 0x9FFF;
  private static final String[] PINYIN = new String[LAST - FIRST + 1];
  private static final char[] SIMPLIFIED = new char[LAST - FIRST + 1];
  private static final String NO_READING = "";
  private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

  static {
    FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
  }

  private ChineseText() {}

  /** Whether the character is a Han ideograph (CJK Unified Ideographs, basic block or extension A). */
  public static boolean isHan(char c) {
    return c >= FIRST && c <= LAST && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  public static boolean containsHan(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isHan(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The text with every traditional Han character replaced by its simplified form (張偉 → 张伟). */
  public static String toSimplified(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isHan(c)) {
        char s = simplified(c);
        if (s != c) {
          if (chars == null) {
            chars = text.toCharArray();
          }
          chars[i] = s;
        }
      }
    }
    return chars == null ? text : new String(chars);
  }

  /**
   * Pinyin of every Han character in the text, one syllable each, separated by single spaces
   * ({@code 张伟 → zhang wei}). Other characters are skipped. Polyphonic characters take their first
   * (most common) reading; use {@link #surnamePinyin(String)} for surnames.
   */
  public static String pinyin(String text) {
    StringBuilder out = new StringBuilder(text.length() * 5);
    for (int i = 0; i < text.length(); i++) {
      String syllable = syllable(text.charAt(i));
      if (!syllable.isEmpty()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(syllable);
      }
    }
    return out.toString();
  }

  /** Pinyin of a Han surname, using surname readings (单 → shan, 尉迟 → yuchi), syllables joined. */
  public static String surnamePinyin(String surname) {
    return ChineseSurnames.pinyin(toSimplified(surname));
  }

  /** Pinyin syllables of the Han characters, joined without spaces ({@code 小明 → xiaoming}). */
  public static String joinedPinyin(String text) {
    return pinyin(text).replace(" ", "");
  }

  /**
   * The pinyin tokens in sorted order, so that names compare regardless of order: {@code "zhang
   * wei"} and {@code "wei zhang"} both give {@code [wei, zhang]}.
   */
  public static List<String> sortedTokens(String pinyin) {
    String[] tokens = pinyin.trim().toLowerCase(Locale.ROOT).split("\\s+");
    if (tokens.length == 1 && tokens[0].isEmpty()) {
      return List.of();
    }
    Arrays.sort(tokens);
    return List.of(tokens);
  }

  /** The pinyin of one character without tone, or empty when it is not a Han character. */
  static String syllable(char c) {
    if (!isHan(c)) {
      return NO_READING;
    }
    String cached = PINYIN[c - FIRST];
    if (cached == null) {
      cached = lookUpPinyin(c);
      PINYIN[c - FIRST] = cached; // benign race: every thread computes the same immutable string
    }
    return cached;
  }

  private static String lookUpPinyin(char c) {
    try {
      String[] readings = PinyinHelper.toHanyuPinyinStringArray(toSimplifiedChar(c), FORMAT);
      if (readings == null || readings.length == 0) {
        readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
      }
      return readings == null || readings.length == 0 ? NO_READING : readings[0].replace('v', 'u');
    } catch (BadHanyuPinyinOutputFormatCombination e) {
      throw new IllegalStateException(e);
    }
  }

  static char simplified(char c) {
    int index = c - FIRST;
    char cached = SIMPLIFIED[index];
    if (cached == 0) {
      cached = toSimplifiedChar(c);
      SIMPLIFIED[index] = cached;
    }
    return cached;
  }

  private static char toSimplifiedChar(char c) {
    List<String> candidates = ZhConverterUtil.toSimple(c);
    if (candidates == null || candidates.isEmpty()) {
      return c;
    }
    String first = candidates.get(0);
    return first.length() == 1 ? first.charAt(0) : c;
  }
}
