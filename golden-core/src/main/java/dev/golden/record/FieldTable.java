package dev.golden.record;

import dev.golden.merge.SourceValues;
import java.util.List;
import java.util.Optional;

/**
 * The canonical values of every record, per dictionary field, dictionary-encoded; what golden
 * records are built from.
 */
public final class FieldTable implements SourceValues {
  private final RecordTable records;
  private final List<String> fields;
  private final EncodedColumn[] columns;
  private final int sourceField;

  /** The values of {@code records}: {@code columns[i]} holds field {@code fields.get(i)}, indexed by record. */
  public FieldTable(RecordTable records, List<String> fields, EncodedColumn[] columns) {
    this.records = records;
    this.fields = List.copyOf(fields);
    this.columns = columns;
    this.sourceField = this.fields.indexOf("source_system");
  }

  @Override
  public List<String> fields() {
    return fields;
  }

  @Override
  public String recordId(int record) {
    return records.recordId(record);
  }

  @Override
  public Optional<String> value(int record, int field) {
    EncodedColumn column = columns[field];
    return column.isMissing(record) ? Optional.empty() : Optional.of(column.value(record));
  }

  /** Input position: later rows are taken as more recent when nothing better is known. */
  @Override
  public long recency(int record) {
    return record;
  }

  @Override
  public Optional<String> source(int record) {
    return sourceField < 0 ? Optional.empty() : value(record, sourceField);
  }
}
