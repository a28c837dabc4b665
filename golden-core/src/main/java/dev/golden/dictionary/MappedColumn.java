package dev.golden.dictionary;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One input column and the dictionary field it was mapped to.
 *
 * @param index position in the input row
 * @param header the header as it appears in the file
 * @param field the dictionary field, absent when unmapped
 * @param source why the column got this field
 * @param confidence 0..1; 1 for explicit and exact header matches
 */
public record MappedColumn(
    int index, String header, Optional<FieldDefinition> field, MappingSource source, double confidence)
    implements Serializable {
  public MappedColumn {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(source, "source");
  }

  static MappedColumn unmapped(int index, String header) {
    return new MappedColumn(index, header, Optional.empty(), MappingSource.UNMAPPED, 0);
  }

  public boolean isMapped() {
    return field.isPresent();
  }

  /** The mapped field's role, if any. */
  public Optional<Role> role() {
    return field.map(FieldDefinition::role);
  }
}
