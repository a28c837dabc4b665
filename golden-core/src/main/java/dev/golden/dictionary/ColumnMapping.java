package dev.golden.dictionary;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** How each column of an input file maps to the data dictionary. */
public record ColumnMapping(List<MappedColumn> columns) implements Serializable {
  public ColumnMapping {
    columns = List.copyOf(columns);
  }

  /** The column mapped to a field, if any. */
  public Optional<MappedColumn> columnFor(String fieldName) {
    return columns.stream()
        .filter(c -> c.field().map(f -> f.name().equals(fieldName)).orElse(false))
        .findFirst();
  }

  /** The mapped columns, in file order. */
  public List<MappedColumn> mapped() {
    return columns.stream().filter(MappedColumn::isMapped).toList();
  }
}
