package dev.golden.block;

import dev.golden.record.Attribute;
import dev.golden.record.EncodedColumn;
import dev.golden.record.RecordTable;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Pairs of records that agree exactly on every attribute of the rule are candidates. Rules are
 * OR-ed: a pair is a candidate if any rule holds, and it is scored once.
 */
public record BlockingRule(List<Attribute> attributes) implements Serializable {
  public BlockingRule {
    attributes = List.copyOf(attributes);
    if (attributes.isEmpty()) {
      throw new IllegalArgumentException("A blocking rule needs at least one attribute");
    }
  }

  public static BlockingRule on(Attribute... attributes) {
    return new BlockingRule(List.of(attributes));
  }

  /** Splink-style text, e.g. {@code l.family_name = r.family_name and l.postcode = r.postcode}. */
  public String describe() {
    return attributes.stream()
        .map(a -> a.name().toLowerCase(Locale.ROOT))
        .map(a -> "l." + a + " = r." + a)
        .collect(Collectors.joining(" and "));
  }

  /** Whether every attribute is present in the table. */
  public boolean appliesTo(RecordTable table) {
    return attributes.stream().allMatch(a -> table.column(a).isPresent());
  }

  /** Compiles the rule against a table for fast key and agreement tests. */
  public Compiled compile(RecordTable table) {
    return new Compiled(this, attributes.stream().map(table::require).toArray(EncodedColumn[]::new));
  }

  /** A rule bound to the columns of one table. */
  public static final class Compiled {
    private final BlockingRule rule;
    private final EncodedColumn[] columns;

    private Compiled(BlockingRule rule, EncodedColumn[] columns) {
      this.rule = rule;
      this.columns = columns;
    }

    public BlockingRule rule() {
      return rule;
    }

    /** Whether the record has every attribute of the rule. */
    public boolean hasKey(int record) {
      for (EncodedColumn column : columns) {
        if (column.isMissing(record)) {
          return false;
        }
      }
      return true;
    }

    /** A 64-bit hash of the record's key; only for records that have one. */
    public long keyHash(int record) {
      long h = 0x9E3779B97F4A7C15L;
      for (EncodedColumn column : columns) {
        h = mix(h ^ column.id(record));
      }
      return h;
    }

    /** Whether both records have the key and it is the same. */
    public boolean holds(int a, int b) {
      for (EncodedColumn column : columns) {
        int id = column.id(a);
        if (id == EncodedColumn.MISSING || id != column.id(b)) {
          return false;
        }
      }
      return true;
    }

    /** The key as text, for reports. */
    public String keyText(int record) {
      StringBuilder text = new StringBuilder();
      for (EncodedColumn column : columns) {
        if (text.length() > 0) {
          text.append(" | ");
        }
        text.append(column.isMissing(record) ? "" : column.value(record));
      }
      return text.toString();
    }

    private static long mix(long z) {
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }
  }
}
