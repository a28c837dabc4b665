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

  /** The value of an id in {@code [0, distinct())}. */
  public String valueOfId(int id) {
    return values[id];
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


  /**
   * Encodes values record by record; records never set are missing. Not thread-safe. Ids are given
   * in order of first appearance. An open-addressing table of longs rather than a map of boxed
   * ids: a million records pass through each column. Each slot holds a value's hash beside its id,
   * so a probe compares hashes in the table itself and reads a stored string only when they are equal:
   * in a column of mostly distinct values (phones, e-mails) a new value then costs one cache miss,
   * not one per string it is compared with.
   */
  public static final class Builder {
    private String[] values = new String[16];
    private int distinct;
    /** The hash of the value in each slot (high half) and its id + 1 (low half); 0 for an empty slot. */
    private long[] slots = new long[32];
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
      ids[record] = idOf(value);
      length = Math.max(length, record + 1);
    }

    private int idOf(String value) {
      int hash = spread(value.hashCode());
      int mask = slots.length - 1;
      for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
        long entry = slots[slot];
        if (entry == 0) {
          return add(slot, hash, value);
        }
        if ((int) (entry >>> 32) == hash) {
          int id = (int) entry - 1;
          if (values[id].equals(value)) {
            return id;
          }
        }
      }
    }

    private int add(int slot, int hash, String value) {
      if (distinct == values.length) {
        values = java.util.Arrays.copyOf(values, distinct * 2);
      }
      int id = distinct++;
      values[id] = value;
      slots[slot] = entry(hash, id);
      if (distinct * 2 > slots.length) {
        rehash();
      }
      return id;
    }

    private static long entry(int hash, int id) {
      return ((long) hash << 32) | (id + 1L);
    }

    private void rehash() {
      long[] grown = new long[slots.length * 2];
      int mask = grown.length - 1;
      for (long entry : slots) {
        if (entry != 0) {
          int slot = (int) (entry >>> 32) & mask;
          while (grown[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          grown[slot] = entry;
        }
      }
      slots = grown;
    }

    private static int spread(int hash) {
      return (hash ^ (hash >>> 16)) * 0x9E3779B1;
    }

    public EncodedColumn build(int size) {
      int[] all = missing(size);
      System.arraycopy(ids, 0, all, 0, Math.min(length, size));
      return new EncodedColumn(all, java.util.Arrays.copyOf(values, distinct));
    }
  }

}
