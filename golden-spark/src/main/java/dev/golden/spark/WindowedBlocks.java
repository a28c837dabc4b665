package dev.golden.spark;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

/**
 * The oversized blocks, compared within a sliding window as on one machine (each record meets the
 * next {@code window} records of its block in neighbourhood order) and scored in the task that
 * holds them. The rows come from one global sort, so a block of millions of records is spread over
 * many tasks; a window that crosses into the next task's rows is completed from that task's first
 * rows, collected once (a few dozen rows per task) and broadcast.
 *
 * <p>Input rows: rule, block number, encoded record, sorted by rule, block and neighbourhood order.
 */
final class WindowedBlocks implements Function2<Integer, Iterator<Row>, Iterator<Row>> {
  private static final long serialVersionUID = 1L;

  /** A row of the sort, decoded. */
  record Neighbour(int rule, long block, byte[] record) implements Serializable {
    static Neighbour of(Row row) {
      return new Neighbour(row.getInt(0), row.getLong(1), (byte[]) row.get(2));
    }
  }

  private final BlockKeys keys;
  private final int[] windows;
  private final Scoring scoring;
  private final Broadcast<Map<Integer, List<Neighbour>>> following;

  private WindowedBlocks(BlockKeys keys, int[] windows, Scoring scoring, Broadcast<Map<Integer, List<Neighbour>>> following) {
    this.keys = keys;
    this.windows = windows.clone();
    this.scoring = scoring;
    this.following = following;
  }

  /** The scored pairs of the sorted rows (rule, block, record). */
  static JavaRDD<Row> pairs(JavaRDD<Row> sorted, BlockKeys keys, int[] windows, Scoring scoring) {
    int reach = Arrays.stream(windows).max().orElse(0);
    List<List<Neighbour>> heads = sorted.mapPartitionsWithIndex((partition, rows) -> {
      List<Neighbour> head = new ArrayList<>();
      while (head.size() < reach && rows.hasNext()) {
        head.add(Neighbour.of(rows.next()));
      }
      return List.of(head).iterator();
    }, true).collect();
    // What follows each task's rows: the first rows of the next tasks, as many as a window reaches.
    Map<Integer, List<Neighbour>> following = new HashMap<>();
    for (int p = 0; p < heads.size(); p++) {
      List<Neighbour> next = new ArrayList<>();
      for (int q = p + 1; q < heads.size() && next.size() < reach; q++) {
        heads.get(q).stream().limit(reach - next.size()).forEach(next::add);
      }
      following.put(p, next);
    }
    JavaSparkContext context = JavaSparkContext.fromSparkContext(sorted.context());
    return sorted.mapPartitionsWithIndex(new WindowedBlocks(keys, windows, scoring, context.broadcast(following)), true);
  }

  /** A record of this task at its place in the sort. */
  private record Placed(int rule, long block, CarriedRecord record, long place) {}

  @Override
  public Iterator<Row> call(Integer partition, Iterator<Row> rows) {
    Scoring.Chunk chunk = scoring.chunk();
    Iterator<Neighbour> after = following.value().get(partition).iterator();
    int reach = Arrays.stream(windows).max().orElse(0);
    Deque<Placed> recent = new ArrayDeque<>();
    long[] place = {0};
    return Scoring.lazily(chunk, () -> {
      boolean own = rows.hasNext();
      if (!own && (!after.hasNext() || recent.isEmpty())) {
        return false;
      }
      Neighbour next = own ? Neighbour.of(rows.next()) : after.next();
      Placed placed = new Placed(next.rule(), next.block(), CarriedRecord.decode(next.record()), place[0]++);
      while (!recent.isEmpty() && placed.place() - recent.peekFirst().place() > reach) {
        recent.removeFirst();
      }
      for (Placed earlier : recent) {
        if (earlier.block() == placed.block() && earlier.rule() == placed.rule()
            && placed.place() - earlier.place() <= windows[placed.rule()]
            && keys.findsFirst(placed.rule(), earlier.record(), placed.record())) {
          chunk.add(earlier.record(), placed.record());
        }
      }
      if (own) {
        recent.addLast(placed);
      }
      return true;
    });
  }
}
