package dev.golden.spark;

import dev.golden.compare.ComparisonEvaluator;
import dev.golden.match.ComparisonParameters;
import dev.golden.match.MatchModel;
import dev.golden.match.PairScorer;
import dev.golden.record.Attribute;
import dev.golden.record.RecordTable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Scores candidate pairs inside the task that found them, with golden-core's {@link PairScorer}, a
 * chunk of pairs at a time: the chunk's records form a small {@link RecordTable}, and term
 * frequencies come from the counts over all records (broadcast), so every weight equals the
 * single-machine engine's to the last bit.
 */
final class Scoring implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int CHUNK = 16_384;

  /** Output rows: record indexes (a &lt; b), ids, match weight. */
  static final StructType SCORED = new StructType()
      .add("a", DataTypes.LongType, false)
      .add("b", DataTypes.LongType, false)
      .add("id_a", DataTypes.StringType, false)
      .add("id_b", DataTypes.StringType, false)
      .add("weight", DataTypes.DoubleType, false);

  private final Broadcast<MatchModel> model;
  private final Broadcast<TermCounts> counts;
  /** Records with each attribute among all records, by ordinal. */
  private final long[] filled;

  Scoring(Broadcast<MatchModel> model, Broadcast<TermCounts> counts, long[] filled) {
    this.model = model;
    this.counts = counts;
    this.filled = filled.clone();
  }

  /** The attributes whose exact agreement the model adjusts by term frequency. */
  static List<Attribute> frequencyAttributes(MatchModel model) {
    List<Attribute> attributes = new ArrayList<>();
    for (ComparisonParameters parameters : model.comparisons()) {
      boolean adjusted = parameters.comparison().levels().stream().anyMatch(l -> l.termFrequencyAdjusted());
      if (adjusted && !attributes.contains(parameters.comparison().attribute())) {
        attributes.add(parameters.comparison().attribute());
      }
    }
    return attributes;
  }

  /** A task's chunk of pairs waiting to be scored. */
  Chunk chunk() {
    return new Chunk();
  }

  /**
   * The scored rows of a task whose {@code step} feeds pairs into {@code chunk} a little at a
   * time and says whether input remains: a chunk is scored when full and handed on before the
   * next one fills, so a task holds one chunk of pairs, never all of them.
   */
  static Iterator<Row> lazily(Chunk chunk, BooleanSupplier step) {
    return new Iterator<>() {
      private Iterator<Row> current = Collections.emptyIterator();
      private boolean inputLeft = true;

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          while (inputLeft && !chunk.full()) {
            inputLeft = step.getAsBoolean();
          }
          if (chunk.isEmpty()) {
            return false;
          }
          current = chunk.score().iterator();
        }
        return true;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  final class Chunk {
    private final Set<Attribute> present = presentAttributes();
    private final List<CarriedRecord> records = new ArrayList<>();
    private final Map<Long, Integer> places = new HashMap<>();
    private int[] left = new int[CHUNK];
    private int[] right = new int[CHUNK];
    private int pairs;

    /** Adds a pair (in either order). */
    void add(CarriedRecord x, CarriedRecord y) {
      if (pairs == left.length) { // a block may give more pairs than a chunk holds
        left = Arrays.copyOf(left, 2 * pairs);
        right = Arrays.copyOf(right, 2 * pairs);
      }
      boolean ordered = x.index() < y.index();
      left[pairs] = place(ordered ? x : y);
      right[pairs] = place(ordered ? y : x);
      pairs++;
    }

    boolean full() {
      return pairs >= CHUNK;
    }

    boolean isEmpty() {
      return pairs == 0;
    }

    /** Scores the pairs added since the last call and empties the chunk. */
    List<Row> score() {
      RecordTable.Builder builder = RecordTable.builder(records.size()).withColumns(present);
      for (CarriedRecord record : records) {
        builder.add(record.id(), 0, record.attributes());
      }
      TermCounts shared = counts.value();
      PairScorer scorer = new PairScorer(model.value(), builder.build(),
          (attribute, value) -> shared.count(attribute, value) / (double) filled[attribute.ordinal()]);
      ComparisonEvaluator.Memo memo = new ComparisonEvaluator.Memo();
      List<Row> out = new ArrayList<>(pairs);
      for (int p = 0; p < pairs; p++) {
        int a = left[p];
        int b = right[p];
        double weight = scorer.weight(scorer.pattern(a, b, memo), a, b);
        CarriedRecord ra = records.get(a);
        CarriedRecord rb = records.get(b);
        out.add(RowFactory.create(ra.index(), rb.index(), ra.id(), rb.id(), weight));
      }
      records.clear();
      places.clear();
      pairs = 0;
      return out;
    }

    private int place(CarriedRecord record) {
      return places.computeIfAbsent(record.index(), i -> {
        records.add(record);
        return records.size() - 1;
      });
    }
  }

  private Set<Attribute> presentAttributes() {
    Set<Attribute> present = EnumSet.noneOf(Attribute.class);
    for (Attribute attribute : Attribute.values()) {
      if (filled[attribute.ordinal()] > 0) {
        present.add(attribute);
      }
    }
    return present;
  }
}
