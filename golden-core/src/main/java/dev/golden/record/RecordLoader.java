package dev.golden.record;

import dev.golden.dictionary.ColumnMapping;
import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.HeaderMapper;
import dev.golden.dictionary.MappedColumn;
import dev.golden.dictionary.Role;
import dev.golden.io.CsvOptions;
import dev.golden.io.CsvProblem;
import dev.golden.io.CsvRow;
import dev.golden.io.CsvSource;
import dev.golden.standardize.StandardValue;
import dev.golden.standardize.Standardization;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Reads CSV files into a {@link RecordTable}: maps each file's columns to the dictionary, finds the
 * id column, standardizes every value (in parallel batches) and derives the comparable attributes.
 */
public final class RecordLoader {
  private static final int SAMPLE_ROWS = 1000;
  private static final int BATCH = 8192;

  private final DataDictionary dictionary;
  private final Standardization standardization;
  private final CsvOptions csvOptions;
  private final Map<String, String> explicitMapping;
  private final Optional<String> idColumn;

  /**
   * @param explicitMapping header to field name, overriding automatic mapping
   * @param idColumn the header of the id column, when it is not found automatically
   */
  public RecordLoader(DataDictionary dictionary, CsvOptions csvOptions, Map<String, String> explicitMapping,
      Optional<String> idColumn) {
    this.dictionary = dictionary;
    this.standardization = Standardization.of(dictionary);
    this.csvOptions = csvOptions;
    this.explicitMapping = Map.copyOf(explicitMapping);
    this.idColumn = idColumn;
  }

  /** Reads the files; records of the i-th file get source index i. */
  public LoadedRecords load(List<Path> files, LongConsumer progressBytes) throws IOException {
    RecordTable.Builder table = RecordTable.builder(1 << 16);
    Map<String, EncodedColumn.Builder> fieldColumns = new LinkedHashMap<>();
    List<ColumnMapping> mappings = new ArrayList<>();
    List<CsvProblem> problems = new ArrayList<>();
    Set<String> seenIds = new HashSet<>();
    long badRows = 0;
    int[] next = {0};
    for (int source = 0; source < files.size(); source++) {
      Path file = files.get(source);
      try (CsvSource csv = CsvSource.open(file, csvOptions)) {
        Iterator<CsvRow> rows = csv.iterator();
        List<CsvRow> sample = new ArrayList<>();
        while (sample.size() < SAMPLE_ROWS && rows.hasNext()) {
          sample.add(rows.next());
        }
        ColumnMapping mapping = new HeaderMapper(dictionary).map(csv.header(),
            sample.stream().map(CsvRow::values).toList(), applicable(csv.header()));
        mappings.add(mapping);
        FileReader reader = new FileReader(file, source, mapping, csv.header());
        List<CsvRow> batch = new ArrayList<>(sample);
        while (true) {
          while (batch.size() < BATCH && rows.hasNext()) {
            batch.add(rows.next());
          }
          if (batch.isEmpty()) {
            break;
          }
          for (Standardized row : reader.standardize(batch)) {
            if (!seenIds.add(row.id())) {
              throw new InvalidInputException(file + " line " + row.line() + ": record id '" + row.id()
                  + "' appears more than once; give each record its own id or choose another column with --id");
            }
            int index = next[0]++;
            table.add(row.id(), row.source(), row.features());
            row.fields().forEach((field, value) ->
                fieldColumns.computeIfAbsent(field, f -> new EncodedColumn.Builder()).set(index, value));
          }
          batch.clear();
          progressBytes.accept(csv.bytesRead());
        }
        problems.addAll(csv.problems().first());
        badRows += csv.problems().count();
      }
    }
    RecordTable built = table.build();
    if (built.size() == 0) {
      throw new InvalidInputException(String.join(", ", files.stream().map(Path::toString).toList())
          + ": no records to match (the input has a header but no rows)");
    }
    List<String> fields = new ArrayList<>(fieldColumns.keySet());
    EncodedColumn[] columns = fields.stream().map(f -> fieldColumns.get(f).build(built.size())).toArray(EncodedColumn[]::new);
    return new LoadedRecords(built, new FieldTable(built, fields, columns), mappings, problems, badRows);
  }

  private Map<String, String> applicable(List<String> header) {
    Map<String, String> mapping = new HashMap<>();
    explicitMapping.forEach((column, field) -> {
      if (header.stream().anyMatch(h -> h.strip().equalsIgnoreCase(column.strip()))) {
        mapping.put(column, field);
      }
    });
    idColumn.ifPresent(id -> {
      if (header.stream().noneMatch(h -> h.strip().equalsIgnoreCase(id.strip()))) {
        throw new InvalidInputException("--id names column '" + id + "', but the file has " + header);
      }
      dictionary.fieldsWith(Role.IDENTIFIER).stream().findFirst().ifPresent(f -> mapping.put(id, f.name()));
    });
    return mapping;
  }

  private record Standardized(long line, String id, int source, Map<Attribute, String> features, Map<String, String> fields) {}

  /** Standardizes the rows of one file. */
  private final class FileReader {
    private final Path file;
    private final int source;
    private final ColumnMapping mapping;
    private final FeatureExtractor extractor;
    private final int idIndex;
    private final FieldDefinition[] fieldOf;

    FileReader(Path file, int source, ColumnMapping mapping, List<String> header) {
      this.file = file;
      this.source = source;
      this.mapping = mapping;
      this.extractor = new FeatureExtractor(mapping, dictionary.fields());
      this.idIndex = mapping.mapped().stream().filter(c -> c.role().orElseThrow() == Role.IDENTIFIER)
          .mapToInt(MappedColumn::index).findFirst().orElse(-1);
      this.fieldOf = new FieldDefinition[header.size()];
      mapping.mapped().forEach(c -> fieldOf[c.index()] = c.field().orElseThrow());
      if (mapping.mapped().stream().noneMatch(c -> c.role().orElseThrow() != Role.IDENTIFIER)) {
        throw new InvalidInputException(file + ": no column could be mapped to a customer field (headers: " + header
            + "); name the columns with --map header=field");
      }
    }

    List<Standardized> standardize(List<CsvRow> rows) {
      return rows.parallelStream().map(this::standardize).toList();
    }

    private Standardized standardize(CsvRow row) {
      List<String> raw = row.values();
      StandardValue[] values = standardization.standardizeRow(fieldOf, raw);
      Map<String, String> fields = new LinkedHashMap<>();
      for (int i = 0; i < fieldOf.length; i++) {
        if (fieldOf[i] != null) {
          String field = fieldOf[i].name();
          values[i].canonicalValue().ifPresent(v -> fields.put(field, v));
        }
      }
      String id = idIndex >= 0 && idIndex < raw.size() && !raw.get(idIndex).isBlank()
          ? raw.get(idIndex).strip()
          : (source == 0 ? "" : "s" + source + "-") + "line-" + row.line();
      return new Standardized(row.line(), id, source, extractor.extract(values), fields);
    }
  }
}
