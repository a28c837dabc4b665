package dev.golden.spark;

import dev.golden.block.BlockingRule;
import dev.golden.hash.TextHash;
import dev.golden.record.Attribute;
import java.io.Serializable;
import java.util.List;

/**
 * The blocking rules as attribute ordinals: each record's key under a rule, the 64-bit number of
 * its block, and whether a rule holds for two records, so that a group of records can decide on
 * its own whether a pair belongs to it (the first rule that holds finds the pair; later rules
 * drop it) without a global set of seen pairs.
 */
final class BlockKeys implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int[][] attributes;

  BlockKeys(List<BlockingRule> rules) {
    attributes = rules.stream().map(r -> r.attributes().stream().mapToInt(Attribute::ordinal).toArray())
        .toArray(int[][]::new);
  }

  int rules() {
    return attributes.length;
  }

  /**
   * The record's key under a rule, null when it lacks one of the rule's attributes. Standardized
   * values hold no control characters, so the separator cannot make two different keys equal.
   */
  String key(int rule, CarriedRecord record) {
    int[] ordinals = attributes[rule];
    if (ordinals.length == 1) {
      return record.value(ordinals[0]);
    }
    StringBuilder key = new StringBuilder();
    for (int k = 0; k < ordinals.length; k++) {
      String value = record.value(ordinals[k]);
      if (value == null) {
        return null;
      }
      key.append(k == 0 ? "" : "\u0001").append(value);
    }
    return key.toString();
  }

  /** The block of a key: a 64-bit hash of rule and key (a collision only merges two blocks' windows). */
  static long block(int rule, String key) {
    return TextHash.of(rule, key);
  }

  /** Whether both records have the rule's attributes and agree on each exactly. */
  boolean holds(int rule, CarriedRecord a, CarriedRecord b) {
    for (int ordinal : attributes[rule]) {
      String value = a.value(ordinal);
      if (value == null || !value.equals(b.value(ordinal))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the pair belongs to this rule: it holds, and no earlier rule does (that rule finds the pair). */
  boolean findsFirst(int rule, CarriedRecord a, CarriedRecord b) {
    if (!holds(rule, a, b)) {
      return false;
    }
    for (int earlier = 0; earlier < rule; earlier++) {
      if (holds(earlier, a, b)) {
        return false;
      }
    }
    return true;
  }
}
