package dev.golden.spark;

import dev.golden.hash.TextHash;
import dev.golden.record.Attribute;
import java.io.Serializable;

/**
 * How many records share each value of the term-frequency attributes, over all records: an
 * open-addressing table of 64-bit value hashes to counts, broadcast to every task. Only values
 * shared by two records or more are kept; any other value a record has is its own (count 1).
 * Twelve bytes per shared value instead of a map of strings.
 */
final class TermCounts implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final long EMPTY = 0;

  private final long[] keys;
  private final int[] counts;
  private final int mask;

  private TermCounts(int capacity) {
    int slots = Integer.highestOneBit(Math.max(4, capacity * 2 - 1)) << 1;
    keys = new long[slots];
    counts = new int[slots];
    mask = slots - 1;
  }

  /** The key of a value of an attribute: its hash salted by the attribute (never {@link #EMPTY}, as no hash is 0). */
  static long key(Attribute attribute, String value) {
    return TextHash.of(attribute.ordinal() + 1, value);
  }

  /** A table of these keys and counts (counts of 2 and more). */
  static TermCounts of(long[] keys, int[] counts) {
    TermCounts table = new TermCounts(keys.length);
    for (int i = 0; i < keys.length; i++) {
      table.put(keys[i], counts[i]);
    }
    return table;
  }

  /** The records that have this value (at least the record asking). */
  int count(Attribute attribute, String value) {
    long key = key(attribute, value);
    for (int slot = slot(key); ; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return counts[slot];
      }
      if (keys[slot] == EMPTY) {
        return 1;
      }
    }
  }

  int size() {
    int size = 0;
    for (long key : keys) {
      size += key == EMPTY ? 0 : 1;
    }
    return size;
  }

  private void put(long key, int count) {
    int slot = slot(key);
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    counts[slot] = count;
  }

  private int slot(long key) {
    return (int) TextHash.mix(key) & mask;
  }
}
