package dev.golden.profile;

/** Counts of 64-bit hashes in an open-addressing table: about 24 bytes per distinct key, no boxing. */
final class LongCounts {
  private long[] keys = new long[1024];
  private int[] counts = new int[1024];
  private int size;

  /** Adds one occurrence of a non-zero key and returns its new count. */
  int add(long key) {
    int mask = keys.length - 1;
    int i = (int) key & mask;
    while (keys[i] != 0) {
      if (keys[i] == key) {
        return ++counts[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    counts[i] = 1;
    if (++size * 2 > keys.length) {
      grow();
    }
    return 1;
  }

  LongCounts copy() {
    LongCounts copy = new LongCounts();
    copy.keys = keys.clone();
    copy.counts = counts.clone();
    copy.size = size;
    return copy;
  }

  int count(long key) {
    int mask = keys.length - 1;
    int i = (int) key & mask;
    while (keys[i] != 0) {
      if (keys[i] == key) {
        return counts[i];
      }
      i = (i + 1) & mask;
    }
    return 0;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = (int) oldKeys[j] & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        counts[i] = oldCounts[j];
      }
    }
  }
}
