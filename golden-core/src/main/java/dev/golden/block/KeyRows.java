package dev.golden.block;

import dev.golden.record.Attribute;
import dev.golden.record.EncodedColumn;
import dev.golden.record.RecordTable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The value ids of every attribute some rule blocks on, record by record. Whether a pair agrees on
 * any earlier rule is asked for every pair a rule finds; reading the ids of both records from one
 * row each costs two cache misses instead of two per attribute of every earlier rule.
 */
final class KeyRows {
  private final int width;
  private final int[] ids;
  /** Per rule, the positions of its attributes within a row. */
  private final int[][] offsets;

  KeyRows(RecordTable table, List<BlockingRule> rules) {
    List<Attribute> attributes = new ArrayList<>();
    offsets = new int[rules.size()][];
    for (int r = 0; r < rules.size(); r++) {
      List<Attribute> ruleAttributes = rules.get(r).attributes();
      offsets[r] = new int[ruleAttributes.size()];
      for (int k = 0; k < ruleAttributes.size(); k++) {
        Attribute attribute = ruleAttributes.get(k);
        if (!attributes.contains(attribute)) {
          attributes.add(attribute);
        }
        offsets[r][k] = attributes.indexOf(attribute);
      }
    }
    width = attributes.size();
    int n = table.size();
    if ((long) n * width > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("Too many records to block in one table: " + n);
    }
    EncodedColumn[] columns = attributes.stream().map(table::require).toArray(EncodedColumn[]::new);
    ids = new int[n * width];
    int chunk = 1 << 16;
    IntStream.range(0, (n + chunk - 1) / chunk).parallel().forEach(k -> {
      for (int record = k * chunk; record < Math.min(n, (k + 1) * chunk); record++) {
        for (int i = 0; i < width; i++) {
          ids[record * width + i] = columns[i].id(record);
        }
      }
    });
  }

  /** Whether both records have the rule's key and it is the same: {@link BlockingRule.Compiled#holds}. */
  boolean holds(int rule, int a, int b) {
    int rowA = a * width;
    int rowB = b * width;
    for (int offset : offsets[rule]) {
      int id = ids[rowA + offset];
      if (id == EncodedColumn.MISSING || id != ids[rowB + offset]) {
        return false;
      }
    }
    return true;
  }
}
