package dev.golden.spark;

import dev.golden.block.BlockingRule;
import dev.golden.compare.ComparisonEvaluator;
import dev.golden.match.ComparisonParameters;
import dev.golden.match.MatchModel;
import dev.golden.match.PairScorer;
import dev.golden.match.TermFrequencies;
import dev.golden.record.Attribute;
import dev.golden.record.RecordTable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Scores candidate pairs with golden-core's {@link PairScorer}, a chunk of pairs at a time: the
 * chunk's records form a small {@link RecordTable} and term frequencies come from the counts over
 * all records that each record carries ({@code tf_*} columns), so weights equal the single-machine
 * engine's to the last bit. A pair is dropped when an earlier blocking rule holds for it: each
 * pair is scored once, under the first rule that would find it, as in golden-core.
 *
 * <p>Input rows: {@code a, b, rule}, then for each side ({@code l_}, {@code r_}) the id, every
 * attribute and the map of term-frequency counts (attribute ordinal to records sharing the value).
 */
final class Scoring implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final int CHUNK = 16_384;
  private static final Attribute[] ATTRIBUTES = Attribute.values();

  static final StructType SCORED = new StructType()
      .add("a", DataTypes.LongType, false)
      .add("b", DataTypes.LongType, false)
      .add("id_a", DataTypes.StringType, false)
      .add("id_b", DataTypes.StringType, false)
      .add("weight", DataTypes.DoubleType, false);

  private final MatchModel model;
  /** Records with each attribute among all records, by ordinal. */
  private final long[] filled;
  private final List<Attribute> frequencyAttributes;

  Scoring(MatchModel model, long[] filled, List<Attribute> frequencyAttributes) {
    this.model = model;
    this.filled = filled.clone();
    this.frequencyAttributes = List.copyOf(frequencyAttributes);
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

  @Override
  public Iterator<Row> call(Iterator<Row> pairs) {
    Set<Attribute> present = presentAttributes();
    int[][] ruleColumns = ruleColumns();
    List<Row> out = new ArrayList<>();
    // Rows are materialised a chunk at a time; the output of one chunk is handed on before the next.
    return new Iterator<>() {
      private Iterator<Row> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && pairs.hasNext()) {
          out.clear();
          scoreChunk(pairs, present, ruleColumns, out);
          current = new ArrayList<>(out).iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private void scoreChunk(Iterator<Row> pairs, Set<Attribute> present, int[][] ruleColumns, List<Row> out) {
    RecordTable.Builder table = RecordTable.builder(2 * CHUNK).withColumns(present);
    Map<Attribute, Map<String, Long>> counts = new EnumMap<>(Attribute.class);
    frequencyAttributes.forEach(a -> counts.put(a, new HashMap<>()));
    List<Row> kept = new ArrayList<>(CHUNK);
    while (kept.size() < CHUNK && pairs.hasNext()) {
      Row pair = pairs.next();
      if (foundEarlier(pair, ruleColumns)) {
        continue;
      }
      kept.add(pair);
      table.add(pair.getString(3), 0, side(pair, "l_", counts));
      table.add(pair.getString(rightStart() - 1), 0, side(pair, "r_", counts));
    }
    if (kept.isEmpty()) {
      return;
    }
    TermFrequencies frequencies = (attribute, value) -> counts.get(attribute).get(value) / (double) filled[attribute.ordinal()];
    PairScorer scorer = new PairScorer(model, table.build(), frequencies);
    ComparisonEvaluator.Memo memo = new ComparisonEvaluator.Memo();
    for (int k = 0; k < kept.size(); k++) {
      Row pair = kept.get(k);
      int a = 2 * k;
      int b = 2 * k + 1;
      double weight = scorer.weight(scorer.pattern(a, b, memo), a, b);
      out.add(RowFactory.create(pair.getLong(0), pair.getLong(1), pair.getString(3),
          pair.getString(rightStart() - 1), weight));
    }
  }

  /** Attributes of one side of the pair; its term-frequency counts noted. */
  private Map<Attribute, String> side(Row pair, String prefix, Map<Attribute, Map<String, Long>> counts) {
    int first = prefix.equals("l_") ? LEFT : rightStart();
    Map<Attribute, String> values = new EnumMap<>(Attribute.class);
    for (int i = 0; i < ATTRIBUTES.length; i++) {
      if (!pair.isNullAt(first + i)) {
        values.put(ATTRIBUTES[i], pair.getString(first + i));
      }
    }
    Map<Integer, Long> shared = pair.isNullAt(first + ATTRIBUTES.length) ? Map.of() : pair.getJavaMap(first + ATTRIBUTES.length);
    for (Attribute attribute : frequencyAttributes) {
      String value = values.get(attribute);
      if (value != null) {
        counts.get(attribute).put(value, shared.get(attribute.ordinal()));
      }
    }
    return values;
  }

  /** Whether a rule before the one that found the pair holds for it. */
  private boolean foundEarlier(Row pair, int[][] ruleColumns) {
    int rule = pair.getInt(2);
    for (int earlier = 0; earlier < rule; earlier++) {
      if (holds(pair, ruleColumns[earlier])) {
        return true;
      }
    }
    return false;
  }

  /** Whether both sides have every attribute of a rule and agree on each exactly. */
  private boolean holds(Row pair, int[] attributes) {
    int right = rightStart();
    for (int ordinal : attributes) {
      if (pair.isNullAt(LEFT + ordinal) || pair.isNullAt(right + ordinal)
          || !pair.getString(LEFT + ordinal).equals(pair.getString(right + ordinal))) {
        return false;
      }
    }
    return true;
  }

  /** Row layout: a, b, rule, l_id, l_ attributes, l_ counts map, r_id, r_ attributes, r_ counts map. */
  private static final int LEFT = 4;

  private int rightStart() {
    return LEFT + 1 + ATTRIBUTES.length + 1;
  }

  private int[][] ruleColumns() {
    int[][] columns = new int[model.blockingRules().size()][];
    for (int r = 0; r < columns.length; r++) {
      BlockingRule rule = model.blockingRules().get(r);
      columns[r] = rule.attributes().stream().mapToInt(Attribute::ordinal).toArray();
    }
    return columns;
  }

  private Set<Attribute> presentAttributes() {
    Set<Attribute> present = java.util.EnumSet.noneOf(Attribute.class);
    for (Attribute attribute : ATTRIBUTES) {
      if (filled[attribute.ordinal()] > 0) {
        present.add(attribute);
      }
    }
    return present;
  }
}
