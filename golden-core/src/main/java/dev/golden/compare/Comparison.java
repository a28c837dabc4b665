package dev.golden.compare;

import dev.golden.record.Attribute;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one attribute of two records is compared: an ordered list of levels, the first passing level
 * wins. Level index 0 is the null level, 1..n the listed levels, n+1 the else level.
 */
public record Comparison(String name, Attribute attribute, List<ComparisonLevel> levels) implements Serializable {
  public Comparison {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(attribute, "attribute of comparison " + name);
    levels = List.copyOf(levels);
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("Comparison '" + name + "' needs at least one level");
    }
    if (levels.size() > 13) {
      throw new IllegalArgumentException("Comparison '" + name + "' has more than 13 levels");
    }
  }

  /** Levels including null (0) and else (last). */
  public int levelCount() {
    return levels.size() + 2;
  }

  public int elseLevel() {
    return levels.size() + 1;
  }

  /** The label of a level index, "null" and "else" included. */
  public String levelLabel(int level) {
    if (level == 0) {
      return "null";
    }
    return level == elseLevel() ? "else" : levels.get(level - 1).label();
  }

  /** Starts a comparison of an attribute; levels are added in order of decreasing agreement. */
  public static Builder of(Attribute attribute) {
    return new Builder(attribute.name().toLowerCase(java.util.Locale.ROOT), attribute);
  }

  /** Builds a comparison level by level. */
  public static final class Builder {
    private final String name;
    private final Attribute attribute;
    private final List<ComparisonLevel> levels = new ArrayList<>();

    private Builder(String name, Attribute attribute) {
      this.name = name;
      this.attribute = attribute;
    }

    public Builder exact() {
      return add(new ComparisonLevel("exact", LevelKind.EXACT, 0, attribute, false));
    }

    public Builder exactWithTermFrequency() {
      return add(new ComparisonLevel("exact", LevelKind.EXACT, 0, attribute, true));
    }

    public Builder jaroWinkler(double atLeast) {
      return add(new ComparisonLevel("jaro-winkler >= " + atLeast, LevelKind.JARO_WINKLER, atLeast, attribute, false));
    }

    public Builder damerauLevenshtein(int atMost) {
      return add(new ComparisonLevel("damerau-levenshtein <= " + atMost, LevelKind.DAMERAU_LEVENSHTEIN, atMost, attribute, false));
    }

    public Builder tokenSet(double atLeast) {
      return add(new ComparisonLevel("token set >= " + atLeast, LevelKind.TOKEN_SET, atLeast, attribute, false));
    }

    public Builder rareWords(double atLeast) {
      return add(new ComparisonLevel("rare words shared >= " + atLeast, LevelKind.RARE_WORDS, atLeast, attribute, false));
    }

    public Builder jaccard(double atLeast) {
      return add(new ComparisonLevel("jaccard >= " + atLeast, LevelKind.JACCARD, atLeast, attribute, false));
    }

    public Builder sameAttribute(String label, Attribute other) {
      return add(new ComparisonLevel(label, LevelKind.ATTRIBUTE_EXACT, 0, other, false));
    }

    public Builder swappedWith(Attribute other) {
      return add(new ComparisonLevel("swapped with " + other.name().toLowerCase(java.util.Locale.ROOT),
          LevelKind.SWAPPED_WITH, 0, other, false));
    }

    public Builder swappedWith(Attribute other, double jaroWinkler) {
      return add(new ComparisonLevel("swapped with " + other.name().toLowerCase(java.util.Locale.ROOT)
          + ", jaro-winkler >= " + jaroWinkler, LevelKind.SWAPPED_WITH, jaroWinkler, other, false));
    }

    public Builder crossMatch(Attribute other, double jaroWinkler) {
      return add(new ComparisonLevel("matches the other's " + other.name().toLowerCase(java.util.Locale.ROOT),
          LevelKind.CROSS_MATCH, jaroWinkler, other, false));
    }

    public Builder initial() {
      return add(new ComparisonLevel("initial", LevelKind.INITIAL, 0, attribute, false));
    }

    public Builder lastDigits(int digits) {
      return add(new ComparisonLevel("last " + digits + " digits", LevelKind.LAST_DIGITS, digits, attribute, false));
    }

    public Builder emailLocalPart() {
      return add(new ComparisonLevel("same local part", LevelKind.EMAIL_LOCAL_PART, 0, attribute, false));
    }

    public Builder dayMonthSwapped() {
      return add(new ComparisonLevel("day and month swapped", LevelKind.DAY_MONTH_SWAPPED, 0, attribute, false));
    }

    public Builder daysApart(int atMost) {
      return add(new ComparisonLevel("within " + atMost + " days", LevelKind.DAYS_APART, atMost, attribute, false));
    }

    public Builder numberWithin(int atMost) {
      return add(new ComparisonLevel("number within " + atMost, LevelKind.NUMBER_WITHIN, atMost, attribute, false));
    }

    public Builder prefix(int length) {
      return add(new ComparisonLevel("first " + length + " characters", LevelKind.PREFIX, length, attribute, false));
    }

    public Builder add(ComparisonLevel level) {
      levels.add(level);
      return this;
    }

    public Comparison build() {
      return new Comparison(name, attribute, levels);
    }
  }
}
