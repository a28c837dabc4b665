package dev.golden.profile;

import dev.golden.dictionary.MappedColumn;
import dev.golden.hash.TextHash;
import dev.golden.standardize.StandardValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Accumulates the profile of one column, one value at a time, in bounded memory. */
final class ColumnStats {
  static final int TOP = 10;
  private static final int INVALID_EXAMPLES = 5;
  private static final int TOP_VALUE_CAPACITY = 100_000;
  private static final int PATTERN_CAPACITY = 10_000;

  private final MappedColumn mapping;
  private final DistinctCounter distinct;
  // null while every canonical value equals its raw value (always, for unmapped columns): then the
  // raw counter answers for both, and counting twice is avoided
  private DistinctCounter distinctCanonical;
  private final TopCounter values = new TopCounter(TOP_VALUE_CAPACITY);
  private final TopCounter patterns = new TopCounter(PATTERN_CAPACITY);
  private final TopCounter missingForms = new TopCounter(1_000);
  private final List<InvalidExample> invalid = new ArrayList<>();
  private final Set<String> invalidSeen = new HashSet<>();
  private long rows;
  private long missing;
  private long checked;
  private long valid;
  private int minLength = Integer.MAX_VALUE;
  private int maxLength;
  private long totalLength;

  ColumnStats(MappedColumn mapping, int distinctCap) {
    this.mapping = mapping;
    this.distinct = new DistinctCounter(distinctCap);
  }

  /** A value of a mapped column, after standardization. */
  void add(StandardValue value) {
    if (value instanceof StandardValue.Present present) {
      addPresent(present.raw(), present.canonical());
      checked++;
      if (present.problems().isEmpty()) {
        valid++;
      } else if (invalid.size() < INVALID_EXAMPLES && invalidSeen.add(present.raw())) {
        invalid.add(new InvalidExample(present.raw(), String.join("; ", present.problems())));
      }
    } else {
      addMissing(value.raw());
    }
  }

  /** A value of an unmapped column: only missing or not, never validated. */
  void addUnmapped(String raw, boolean isMissing) {
    if (isMissing) {
      addMissing(raw);
    } else {
      addPresent(raw, raw.strip());
    }
  }

  private void addMissing(String raw) {
    rows++;
    missing++;
    String form = raw.strip();
    if (!form.isEmpty()) {
      missingForms.add(form);
    }
  }

  private void addPresent(String raw, String canonical) {
    rows++;
    String value = raw.strip();
    long hash = TextHash.of(raw);
    if (distinctCanonical == null && !canonical.equals(raw)) {
      distinctCanonical = distinct.copy(); // the values so far, whose canonical forms were raw
    }
    distinct.add(hash);
    if (distinctCanonical != null) {
      distinctCanonical.add(canonical.equals(raw) ? hash : TextHash.of(canonical));
    }
    values.add(value);
    patterns.add(ValuePattern.of(value));
    int length = value.length();
    minLength = Math.min(minLength, length);
    maxLength = Math.max(maxLength, length);
    totalLength += length;
  }

  ColumnProfile result() {
    long filled = rows - missing;
    LengthStats lengths = filled == 0
        ? new LengthStats(0, 0, 0)
        : new LengthStats(minLength, maxLength, (double) totalLength / filled);
    return new ColumnProfile(mapping, rows, missing, missingForms.top(5), distinct.result(),
        (distinctCanonical == null ? distinct : distinctCanonical).result(), checked, valid, invalid, values.top(TOP), values.complete(),
        patterns.top(TOP), lengths);
  }
}
