package dev.golden.synth;

/** How systems write "no value": empty cells and placeholders. */
final class Placeholders {
  private static final String[] LATIN = {"", "", "", "N/A", "-", "unknown", "n/a", "NULL", "none"};
  private static final String[] CHINESE = {"", "", "", "不详", "无", "-", "未知", "N/A", "暂无"};

  private Placeholders() {}

  static String missing(Culture culture, Dice dice) {
    return dice.pick(culture.chinese() ? CHINESE : LATIN);
  }
}
