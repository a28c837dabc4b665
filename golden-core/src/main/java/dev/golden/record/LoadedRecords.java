package dev.golden.record;

import dev.golden.dictionary.ColumnMapping;
import dev.golden.io.CsvProblem;
import java.util.List;

/**
 * Records read from one or two files: their comparable attributes, their canonical field values,
 * how each file's columns were mapped and which rows could not be read.
 */
public record LoadedRecords(RecordTable table, FieldTable fields, List<ColumnMapping> mappings, List<CsvProblem> problems,
    long badRows) {
  public LoadedRecords {
    mappings = List.copyOf(mappings);
    problems = List.copyOf(problems);
  }
}
