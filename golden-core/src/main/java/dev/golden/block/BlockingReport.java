package dev.golden.block;

import java.util.List;

/**
 * What blocking did, rule by rule: how many new pairs each rule contributed, its largest block,
 * and the oversized blocks that were compared within a sliding window instead of all-to-all.
 */
public record BlockingReport(List<RuleReport> rules, long candidatePairs) {
  public BlockingReport {
    rules = List.copyOf(rules);
  }

  /**
   * @param rule the rule, as text
   * @param newPairs pairs this rule found that no earlier rule had
   * @param largestBlock records in the rule's largest block
   * @param oversizedBlocks blocks above the size limit, largest first (at most ten kept)
   */
  public record RuleReport(String rule, long newPairs, int largestBlock, List<OversizedBlock> oversizedBlocks) {
    public RuleReport {
      oversizedBlocks = List.copyOf(oversizedBlocks);
    }
  }

  /** A block too large to compare all-to-all. */
  public record OversizedBlock(String key, int records) {}
}
