package dev.golden.block;

import dev.golden.record.RecordTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

/**
 * Generates candidate pairs from OR-ed blocking rules. A pair found by a rule is kept only if no
 * earlier rule holds for it, so each pair is scored once without a global set of seen pairs.
 * Blocks larger than the limit are reported and compared within a sliding window over the block
 * sorted by the whole key of the records, so a very common value never explodes quadratically.
 */
public final class CandidateGenerator {
  private final List<BlockingRule> rules;
  private final int maxBlockSize;
  private final int window;
  private final boolean linkOnly;
  private final ToLongFunction<BlockingRule> pairBudget;

  /**
   * @param rules the rules, in order
   * @param maxBlockSize blocks above this size are compared within a window
   * @param window how many following records each record of an oversized block is compared with
   * @param linkOnly whether only pairs from different sources are wanted (linking two files)
   */
  public CandidateGenerator(List<BlockingRule> rules, int maxBlockSize, int window, boolean linkOnly) {
    this(rules, maxBlockSize, window, linkOnly, Long.MAX_VALUE);
  }

  /**
   * @param pairBudget the pairs one rule may produce: a rule whose blocks would produce more gets
   *     a lower block size limit (halved until it fits, down to twice the window), so a rule that
   *     matters, such as the name, is kept at any scale instead of dropped
   */
  public CandidateGenerator(List<BlockingRule> rules, int maxBlockSize, int window, boolean linkOnly, long pairBudget) {
    this(rules, maxBlockSize, window, linkOnly, rule -> pairBudget);
  }

  /**
   * @param pairBudget the pairs each rule may produce, as above: rules of different strength may
   *     be given different budgets
   */
  public CandidateGenerator(List<BlockingRule> rules, int maxBlockSize, int window, boolean linkOnly,
      ToLongFunction<BlockingRule> pairBudget) {
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("At least one blocking rule is needed");
    }
    this.rules = List.copyOf(rules);
    this.maxBlockSize = maxBlockSize;
    this.window = window;
    this.linkOnly = linkOnly;
    this.pairBudget = pairBudget;
  }

  /** Candidate pairs and the report of how they were found. */
  public record Result(CandidatePairs pairs, BlockingReport report) {}

  public Result generate(RecordTable table) {
    BlockingRule.Compiled[] compiled = rules.stream().map(r -> r.compile(table)).toArray(BlockingRule.Compiled[]::new);
    PairBuffer[] buffers = new PairBuffer[compiled.length];
    BlockingReport.RuleReport[] reports = new BlockingReport.RuleReport[compiled.length];
    KeyRows keys = new KeyRows(table, rules);
    NeighbourhoodOrder order = new NeighbourhoodOrder(table);
    if (table.size() > maxBlockSize) {
      order.prepare(); // now, with every core, rather than by the first rule that needs it while others wait
    }
    IntStream.range(0, compiled.length).parallel().forEach(r -> {
      buffers[r] = new PairBuffer();
      reports[r] = generate(table, compiled, keys, r, order, buffers[r]);
    });
    PairBuffer all = new PairBuffer();
    int[] ruleEnds = new int[buffers.length];
    for (int r = 0; r < buffers.length; r++) {
      all.addAll(buffers[r]);
      ruleEnds[r] = all.size();
    }
    return new Result(all.toPairs(ruleEnds), new BlockingReport(List.of(reports), all.size()));
  }

  private BlockingReport.RuleReport generate(RecordTable table, BlockingRule.Compiled[] compiled, KeyRows keys,
      int r, NeighbourhoodOrder order, PairBuffer out) {
    BlockingRule.Compiled rule = compiled[r];
    int n = table.size();
    int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n));
    long indexMask = (1L << indexBits) - 1;
    long[] packed = new long[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (rule.hasKey(i)) {
        packed[count++] = (rule.keyHash(i) >>> indexBits << indexBits) | i;
      }
    }
    Arrays.sort(packed, 0, count);
    BlockLimit blockLimit = blockLimit(pairBudget.applyAsLong(rule.rule()), packed, count, indexMask);
    int limit = blockLimit.maxBlockSize();
    int ruleWindow = blockLimit.window();
    int largest = 0;
    List<BlockingReport.OversizedBlock> oversized = new ArrayList<>();
    int start = 0;
    while (start < count) {
      long key = packed[start] & ~indexMask;
      int end = start + 1;
      while (end < count && (packed[end] & ~indexMask) == key) {
        end++;
      }
      int[] block = new int[end - start];
      for (int k = start; k < end; k++) {
        block[k - start] = (int) (packed[k] & indexMask);
      }
      largest = Math.max(largest, block.length);
      if (block.length > limit) {
        oversized.add(new BlockingReport.OversizedBlock(rule.keyText(block[0]), block.length));
        compareWithinWindow(table, keys, r, block, ruleWindow, order, out);
      } else {
        compareAll(table, keys, r, block, out);
      }
      start = end;
    }
    oversized.sort(Comparator.comparingInt(BlockingReport.OversizedBlock::records).reversed());
    return new BlockingReport.RuleReport(rule.rule().describe(), out.size(), largest,
        oversized.subList(0, Math.min(10, oversized.size())));
  }

  /** The rule's limit and window within the pair budget, from the sizes of its blocks. */
  private BlockLimit blockLimit(long budget, long[] packed, int count, long indexMask) {
    Map<Integer, Long> blocksBySize = new HashMap<>();
    int start = 0;
    while (start < count) {
      int end = start + 1;
      while (end < count && (packed[end] & ~indexMask) == (packed[start] & ~indexMask)) {
        end++;
      }
      blocksBySize.merge(end - start, 1L, Long::sum);
      start = end;
    }
    return BlockLimit.within(budget, maxBlockSize, window, blocksBySize);
  }

  private void compareAll(RecordTable table, KeyRows keys, int r, int[] block, PairBuffer out) {
    for (int x = 0; x < block.length; x++) {
      for (int y = x + 1; y < block.length; y++) {
        offer(table, keys, r, block[x], block[y], out);
      }
    }
  }

  // Classic sorted neighbourhood: inside the block, records are ordered by their other attributes
  // (name, date of birth, address...), so records of one customer land within the window.
  private void compareWithinWindow(RecordTable table, KeyRows keys, int r, int[] block, int window,
      NeighbourhoodOrder order, PairBuffer out) {
    int[] sorted = order.sort(block);
    for (int x = 0; x < sorted.length; x++) {
      int last = Math.min(sorted.length, x + 1 + window);
      for (int y = x + 1; y < last; y++) {
        offer(table, keys, r, sorted[x], sorted[y], out);
      }
    }
  }

  private void offer(RecordTable table, KeyRows keys, int r, int a, int b, PairBuffer out) {
    if (linkOnly && table.sourceIndex(a) == table.sourceIndex(b)) {
      return;
    }
    if (!keys.holds(r, a, b)) {
      return; // a hash collision between different keys
    }
    for (int earlier = 0; earlier < r; earlier++) {
      if (keys.holds(earlier, a, b)) {
        return;
      }
    }
    out.add(Math.min(a, b), Math.max(a, b));
  }
}
