package dev.golden.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The blocks within their rule's size limit, compared all-to-all and scored in the task that
 * holds them: rows arrive sorted by block number, so each block's records are consecutive. A pair
 * is kept only under the first rule that holds for it, which the two records alone decide.
 */
final class SmallBlocks implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** Input rows: block number, rule, encoded record. */
  static final StructType KEYED = new StructType()
      .add("block", DataTypes.LongType, false)
      .add("rule", DataTypes.IntegerType, false)
      .add("rec", DataTypes.BinaryType, false);

  private final BlockKeys keys;
  private final Scoring scoring;

  SmallBlocks(BlockKeys keys, Scoring scoring) {
    this.keys = keys;
    this.scoring = scoring;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Scoring.Chunk chunk = scoring.chunk();
    List<Row> block = new ArrayList<>();
    return Scoring.lazily(chunk, () -> {
      while (rows.hasNext()) {
        Row row = rows.next();
        boolean ends = !block.isEmpty() && block.get(0).getLong(0) != row.getLong(0);
        if (ends) {
          compare(block, chunk);
          block.clear();
        }
        block.add(row);
        if (ends) {
          return true;
        }
      }
      compare(block, chunk);
      block.clear();
      return false;
    });
  }

  /**
   * All pairs of one block number. The rule's agreement is checked pair by pair, so the rare
   * records whose different keys share a number are not paired.
   */
  private void compare(List<Row> rows, Scoring.Chunk chunk) {
    int n = rows.size();
    CarriedRecord[] records = new CarriedRecord[n];
    for (int i = 0; i < n; i++) {
      records[i] = CarriedRecord.decode((byte[]) rows.get(i).get(2));
    }
    for (int x = 0; x < n; x++) {
      int rule = rows.get(x).getInt(1);
      for (int y = x + 1; y < n; y++) {
        if (rows.get(y).getInt(1) == rule && keys.findsFirst(rule, records[x], records[y])) {
          chunk.add(records[x], records[y]);
        }
      }
    }
  }
}
