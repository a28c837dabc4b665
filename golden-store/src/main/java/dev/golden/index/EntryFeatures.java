package dev.golden.index;

import dev.golden.dictionary.ColumnMapping;
import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.MappedColumn;
import dev.golden.dictionary.MappingSource;
import dev.golden.record.Attribute;
import dev.golden.record.RecordFeatures;
import dev.golden.standardize.Standardization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A record entered field by field (dictionary field name → raw value) as comparable attributes:
 * standardized and derived exactly as a batch import does, through one fixed row layout with a
 * column per dictionary field, so nothing is built per record. Thread-safe.
 */
final class EntryFeatures {
  private final DataDictionary dictionary;
  private final Standardization standardization;
  private final FieldDefinition[] fields;
  private final Map<String, Integer> columnOf = new HashMap<>();
  private final RecordFeatures features;

  EntryFeatures(Standardization standardization) {
    this.standardization = standardization;
    this.dictionary = standardization.dictionary();
    this.fields = dictionary.fields().toArray(FieldDefinition[]::new);
    List<MappedColumn> columns = new ArrayList<>(fields.length);
    for (int i = 0; i < fields.length; i++) {
      columnOf.put(fields[i].name(), i);
      columns.add(new MappedColumn(i, fields[i].name(), Optional.of(fields[i]), MappingSource.EXPLICIT, 1));
    }
    this.features = RecordFeatures.of(dictionary, new ColumnMapping(columns));
  }

  /**
   * @throws IllegalArgumentException for a field the dictionary does not have
   */
  Map<Attribute, String> of(Map<String, String> rawFieldValues) {
    String[] row = new String[fields.length];
    Arrays.fill(row, "");
    rawFieldValues.forEach((field, value) -> {
      Integer column = columnOf.get(field);
      if (column == null) {
        throw new IllegalArgumentException("unknown field '" + field + "'; the dictionary has " + columnOf.keySet());
      }
      row[column] = value;
    });
    return features.extract(standardization.standardizeRow(fields, Arrays.asList(row)));
  }
}
