package dev.golden.block;

import dev.golden.record.Attribute;
import dev.golden.record.EncodedColumn;
import dev.golden.record.RecordTable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The order of records inside an oversized block for the sorted neighbourhood: by family name,
 * given name, company, date of birth, street, postcode and phone (missing values last), then by
 * record index. Every record's place in that order is computed once, on first use, so sorting a
 * block sorts primitive numbers instead of comparing strings attribute by attribute. Thread-safe.
 */
final class NeighbourhoodOrder {
  private static final List<Attribute> ATTRIBUTES = List.of(Attribute.FAMILY_NAME, Attribute.GIVEN_NAME,
      Attribute.COMPANY_NAME, Attribute.DATE_OF_BIRTH, Attribute.STREET_ADDRESS, Attribute.POSTCODE, Attribute.PHONE);

  private final RecordTable table;
  private volatile int[] position;

  NeighbourhoodOrder(RecordTable table) {
    this.table = table;
  }

  /** The records of a block in neighbourhood order. */
  int[] sort(int[] block) {
    int[] place = positions();
    long[] packed = new long[block.length];
    for (int i = 0; i < block.length; i++) {
      packed[i] = (long) place[block[i]] << 32 | block[i];
    }
    Arrays.sort(packed);
    int[] sorted = new int[block.length];
    for (int i = 0; i < block.length; i++) {
      sorted[i] = (int) packed[i];
    }
    return sorted;
  }

  /** Computes the order now instead of on first use. */
  void prepare() {
    positions();
  }

  private int[] positions() {
    int[] known = position;
    if (known == null) {
      synchronized (this) {
        known = position;
        if (known == null) {
          known = computePositions();
          position = known;
        }
      }
    }
    return known;
  }

  /**
   * Every record's place in the whole order: a least-significant-first radix of stable passes, one
   * per attribute from the last to the first, starting from index order.
   */
  private int[] computePositions() {
    int n = table.size();
    int[] order = new int[n];
    Arrays.setAll(order, i -> i);
    long[] packed = new long[n];
    // Ranking sorts each attribute's distinct values, the costly part: all attributes at once.
    int[][] ranks = IntStream.range(0, ATTRIBUTES.size()).parallel()
        .mapToObj(k -> table.column(ATTRIBUTES.get(k)).map(NeighbourhoodOrder::ranks).orElse(null))
        .toArray(int[][]::new);
    for (int k = ATTRIBUTES.size() - 1; k >= 0; k--) {
      Optional<EncodedColumn> column = table.column(ATTRIBUTES.get(k));
      if (column.isEmpty()) {
        continue;
      }
      int[] rank = ranks[k];
      for (int i = 0; i < n; i++) {
        int record = order[i];
        int id = column.get().id(record);
        // Rank first, then the current position: the pass keeps the order of equal ranks.
        packed[i] = (long) (id == EncodedColumn.MISSING ? Integer.MAX_VALUE : rank[id]) << 32 | i;
      }
      Arrays.sort(packed);
      int[] next = new int[n];
      for (int i = 0; i < n; i++) {
        next[i] = order[(int) packed[i]];
      }
      order = next;
    }
    int[] place = new int[n];
    for (int i = 0; i < n; i++) {
      place[order[i]] = i;
    }
    return place;
  }

  /** The rank of each value id when the distinct values are sorted as strings. */
  private static int[] ranks(EncodedColumn column) {
    Integer[] ids = new Integer[column.distinct()];
    Arrays.setAll(ids, i -> i);
    Arrays.sort(ids, (x, y) -> column.valueOfId(x).compareTo(column.valueOfId(y)));
    int[] rank = new int[ids.length];
    for (int r = 0; r < ids.length; r++) {
      rank[ids[r]] = r;
    }
    return rank;
  }
}
