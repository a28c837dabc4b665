package dev.golden.profile;

import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.MappedColumn;
import dev.golden.dictionary.Role;
import java.util.List;
import java.util.Optional;

/**
 * What one column holds.
 *
 * @param mapping the column's header, position and dictionary field
 * @param rows rows read
 * @param missing empty values and placeholders such as {@code N/A} or {@code 不详}
 * @param missingForms the most frequent non-empty placeholders
 * @param distinct distinct raw non-missing values
 * @param distinctCanonical distinct canonical (standardized) values
 * @param checked values validated against the field's role; 0 for an unmapped column
 * @param valid validated values without problems
 * @param invalidExamples the first few invalid values with their problem
 * @param topValues the most frequent raw values
 * @param topValuesComplete false when the column had too many distinct values to count them all;
 *     the top values then come from the values seen first
 * @param topPatterns the most frequent value shapes (see {@code 99999}, {@code Aa Aa})
 * @param lengths length range of the non-missing values
 */
public record ColumnProfile(
    MappedColumn mapping,
    long rows,
    long missing,
    List<ValueCount> missingForms,
    DistinctCount distinct,
    DistinctCount distinctCanonical,
    long checked,
    long valid,
    List<InvalidExample> invalidExamples,
    List<ValueCount> topValues,
    boolean topValuesComplete,
    List<ValueCount> topPatterns,
    LengthStats lengths) {

  public ColumnProfile {
    missingForms = List.copyOf(missingForms);
    invalidExamples = List.copyOf(invalidExamples);
    topValues = List.copyOf(topValues);
    topPatterns = List.copyOf(topPatterns);
  }

  public String header() {
    return mapping.header();
  }

  public int index() {
    return mapping.index();
  }

  /** The dictionary field name, if the column is mapped. */
  public Optional<String> field() {
    return mapping.field().map(FieldDefinition::name);
  }

  public Optional<Role> role() {
    return mapping.role();
  }

  public long filled() {
    return rows - missing;
  }

  /** Share of rows with a value, 0..1. */
  public double completeness() {
    return rows == 0 ? 0 : (double) filled() / rows;
  }

  /** Distinct raw values per filled row, 0..1; 1 means every value is different. */
  public double uniqueness() {
    return filled() == 0 ? 0 : Math.min(1.0, (double) distinct.value() / filled());
  }

  /** Share of validated values that are valid, 0..1; empty for an unmapped or empty column. */
  public Optional<Double> validity() {
    return checked == 0 ? Optional.empty() : Optional.of((double) valid / checked);
  }
}
