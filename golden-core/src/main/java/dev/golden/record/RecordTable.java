package dev.golden.record;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records to match, column by column: each {@link Attribute} is an {@link EncodedColumn}.
 * Records are addressed by their index; {@link #recordId(int)} gives the source id and
 * {@link #sourceIndex(int)} says which input (0 or 1 when linking two files) it came from.
 */
public final class RecordTable implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String[] recordIds;
  private final byte[] sources;
  private final Map<Attribute, EncodedColumn> columns;

  RecordTable(String[] recordIds, byte[] sources, Map<Attribute, EncodedColumn> columns) {
    this.recordIds = recordIds;
    this.sources = sources;
    this.columns = columns;
  }

  public int size() {
    return recordIds.length;
  }

  public String recordId(int record) {
    return recordIds[record];
  }

  public int sourceIndex(int record) {
    return sources[record];
  }

  /** The attributes that at least one record has. */
  public java.util.Set<Attribute> attributes() {
    return columns.keySet();
  }

  public Optional<EncodedColumn> column(Attribute attribute) {
    return Optional.ofNullable(columns.get(attribute));
  }

  public EncodedColumn require(Attribute attribute) {
    EncodedColumn column = columns.get(attribute);
    if (column == null) {
      throw new IllegalStateException("No record has attribute " + attribute);
    }
    return column;
  }

  public static Builder builder(int expectedSize) {
    return new Builder(expectedSize);
  }

  /** Collects records one by one; not thread-safe. */
  public static final class Builder {
    private final List<String> ids;
    private final ByteList sources;
    private final Map<Attribute, EncodedColumn.Builder> columns = new EnumMap<>(Attribute.class);

    private Builder(int expectedSize) {
      ids = new ArrayList<>(expectedSize);
      sources = new ByteList(expectedSize);
    }

    /** Adds a record; values absent from the map are missing. */
    public Builder add(String recordId, int source, Map<Attribute, String> values) {
      int index = ids.size();
      ids.add(recordId);
      sources.add((byte) source);
      values.forEach((attribute, value) -> {
        if (value != null && !value.isEmpty()) {
          columns.computeIfAbsent(attribute, a -> new EncodedColumn.Builder()).set(index, value);
        }
      });
      return this;
    }

    /**
     * Gives the table a column for each of these attributes even if no record has it, so a model
     * that compares them can score a small table whose records happen to lack one.
     */
    public Builder withColumns(java.util.Collection<Attribute> attributes) {
      attributes.forEach(attribute -> columns.computeIfAbsent(attribute, a -> new EncodedColumn.Builder()));
      return this;
    }

    public RecordTable build() {
      int n = ids.size();
      Map<Attribute, EncodedColumn> built = new EnumMap<>(Attribute.class);
      columns.forEach((attribute, builder) -> built.put(attribute, builder.build(n)));
      return new RecordTable(ids.toArray(String[]::new), sources.toArray(), built);
    }
  }

  private static final class ByteList {
    private byte[] bytes;
    private int size;

    ByteList(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    void add(byte b) {
      if (size == bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, size * 2);
      }
      bytes[size++] = b;
    }

    byte[] toArray() {
      return java.util.Arrays.copyOf(bytes, size);
    }
  }
}
