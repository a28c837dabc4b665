package dev.golden.record;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One attribute of every record, dictionary-encoded: equal values share an id, so exact comparison
 * is an int comparison and term frequencies are a lookup.
 */
public final class EncodedColumn implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Id of a missing value. */
  public static final int MISSING = -1;

  private final int[] ids;
  private final String[] values;
  private final int[] counts;
  private final int filled;

  EncodedColumn(int[] ids, String[] values) {
    this.ids = ids;
    this.values = values;
    this.counts = new int[values.length];
    int n = 0;
    for (int id : ids) {
      if (id != MISSING) {
        counts[id]++;
        n++;
      }
    }
    this.filled = n;
  }

  public int size() {
    return ids.length;
  }

  public int id(int record) {
    return ids[record];
  }

  public boolean isMissing(int record) {
    return ids[record] == MISSING;
  }

  /** The value of a record; only call for a record that has one. */
  public String value(int record) {
    return values[ids[record]];
  }

  public int distinct() {
    return values.length;
  }

  /** Records that have a value. */
  public int filled() {
    return filled;
  }

  public double fillRate() {
    return ids.length == 0 ? 0 : filled / (double) ids.length;
  }


  public int count(int id) {
    return counts[id];
  }


  /** Encodes values record by record; records never set are missing. Not thread-safe. */
  public static final class Builder {
    private final java.util.Map<String, Integer> idsByValue = new java.util.HashMap<>();
    private final java.util.List<String> values = new java.util.ArrayList<>();
    private int[] ids = missing(16);
    private int length;

    private static int[] missing(int size) {
      int[] array = new int[size];
      java.util.Arrays.fill(array, MISSING);
      return array;
    }

    public void set(int record, String value) {
      if (record >= ids.length) {
        int[] grown = missing(Math.max(record + 1, ids.length * 2));
        System.arraycopy(ids, 0, grown, 0, ids.length);
        ids = grown;
      }
      ids[record] = idsByValue.computeIfAbsent(value, v -> {
        values.add(v);
        return values.size() - 1;
      });
      length = Math.max(length, record + 1);
    }

    public EncodedColumn build(int size) {
      int[] all = missing(size);
      System.arraycopy(ids, 0, all, 0, Math.min(length, size));
      return new EncodedColumn(all, values.toArray(String[]::new));
    }
  }

}
