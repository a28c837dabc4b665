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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Reads CSV files into a {@link RecordTable}: maps each file's columns to the dictionary, finds the
 * id column, standardizes every value and derives the comparable attributes. Rows are read in
 * batches and standardized in parallel; one thread dictionary-encodes the standardized batches in
 * record order, so ids do not depend on scheduling, while the next batches are standardized.
 */
public final class RecordLoader {
  private static final int SAMPLE_ROWS = 1000;
  private static final int BATCH = 8192;
  private static final Attribute[] ATTRIBUTES = Attribute.values();

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
    Columns columns = new Columns(dictionary.fields().size(), files);
    List<ColumnMapping> mappings = new ArrayList<>();
    List<CsvProblem> problems = new ArrayList<>();
    long badRows = 0;
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
        try (Encoder encoder = new Encoder(columns, file, reader.fieldIndexOf)) {
          List<CsvRow> batch = new ArrayList<>(sample);
          while (true) {
            while (batch.size() < BATCH && rows.hasNext()) {
              batch.add(rows.next());
            }
            if (batch.isEmpty()) {
              break;
            }
            encoder.add(reader.standardize(batch));
            batch = new ArrayList<>(BATCH);
            progressBytes.accept(csv.bytesRead());
          }
        }
        problems.addAll(csv.problems().first());
        badRows += csv.problems().count();
      }
    }
    LoadedRecords loaded = columns.build(mappings, problems, badRows);
    if (loaded.table().size() == 0) {
      throw new InvalidInputException(String.join(", ", files.stream().map(Path::toString).toList())
          + ": no records to match (the input has a header but no rows)");
    }
    return loaded;
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

  /**
   * One standardized row.
   *
   * @param features attribute values by {@link Attribute#ordinal()}, null where absent
   * @param fields canonical values by dictionary field index, null where absent
   */
  private record Standardized(long line, String id, int source, String[] features, String[] fields) {}

  /**
   * Encodes standardized batches on a thread of its own, in the order given, while the next batches
   * are read and standardized: encoding is sequential by nature (ids in order of appearance), so it
   * overlaps with the parallel work instead of waiting for it. At most {@value #IN_FLIGHT} batches wait.
   */
  private static final class Encoder implements AutoCloseable {
    private static final int IN_FLIGHT = 2;
    private final java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "golden-encoder");
      t.setDaemon(true);
      return t;
    });
    private final java.util.ArrayDeque<java.util.concurrent.Future<?>> pending = new java.util.ArrayDeque<>();
    private final Columns columns;
    private final Path file;
    private final int[] fieldIndexOf;

    Encoder(Columns columns, Path file, int[] fieldIndexOf) {
      this.columns = columns;
      this.file = file;
      this.fieldIndexOf = fieldIndexOf;
    }

    void add(List<Standardized> batch) {
      pending.add(thread.submit(() -> columns.add(file, fieldIndexOf, batch)));
      while (pending.size() > IN_FLIGHT) {
        await(pending.poll());
      }
    }

    /** Waits for every batch to be encoded; rethrows what encoding threw. */
    @Override
    public void close() {
      try {
        while (!pending.isEmpty()) {
          await(pending.poll());
        }
      } finally {
        thread.shutdownNow();
      }
    }

    private static void await(java.util.concurrent.Future<?> done) {
      try {
        done.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while encoding records", e);
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  /**
   * The records read so far, column by column. Only the encoder thread adds to it.
   */
  private final class Columns {
    private final List<String> ids = new ArrayList<>(1 << 16);
    /** The ids of each source seen so far. */
    private final List<Set<String>> seenIds = new ArrayList<>();
    private byte[] sources = new byte[1 << 16];
    private final EncodedColumn.Builder[] attributes = new EncodedColumn.Builder[ATTRIBUTES.length];
    private final EncodedColumn.Builder[] fields;
    /** Dictionary field indexes in the order they first had a value. */
    private final List<Integer> fieldOrder = new ArrayList<>();
    private final boolean[] fieldSeen;

    private final List<String> labels;

    Columns(int dictionaryFields, List<Path> files) {
      this.labels = files.stream().map(f -> f.getFileName().toString().replaceFirst("\\.[^.]*$", "")).toList();
      fields = new EncodedColumn.Builder[dictionaryFields];
      fieldSeen = new boolean[dictionaryFields];
    }

    /** @param fieldIndexOf the dictionary index of the field of each column of the file, -1 if none */
    void add(Path file, int[] fieldIndexOf, List<Standardized> batch) {
      int first = ids.size();
      if (first + batch.size() > sources.length) {
        sources = java.util.Arrays.copyOf(sources, Math.max(first + batch.size(), sources.length * 2));
      }
      for (Standardized row : batch) {
        while (seenIds.size() <= row.source()) {
          seenIds.add(new HashSet<>(1 << 16));
        }
        if (!seenIds.get(row.source()).add(row.id())) {
          throw new InvalidInputException(file + " line " + row.line() + ": record id '" + row.id()
              + "' appears more than once; give each record its own id or choose another column with --id");
        }
        sources[ids.size()] = (byte) row.source();
        ids.add(row.id());
        if (fieldOrder.size() < fieldSeen.length) {
          noteNewFields(fieldIndexOf, row.fields());
        }
      }
      // Row by row rather than column by column: a batch is read from memory once, not once per column.
      for (int i = 0; i < batch.size(); i++) {
        Standardized row = batch.get(i);
        encode(attributes, row.features(), first + i, true);
        encode(fields, row.fields(), first + i, false);
      }
    }

    private void noteNewFields(int[] fieldIndexOf, String[] values) {
      for (int field : fieldIndexOf) {
        if (field >= 0 && values[field] != null && !fieldSeen[field]) {
          fieldSeen[field] = true;
          fieldOrder.add(field);
        }
      }
    }

    private static void encode(EncodedColumn.Builder[] builders, String[] values, int record, boolean attribute) {
      for (int column = 0; column < values.length; column++) {
        String value = values[column];
        if (value != null && (!attribute || !value.isEmpty())) {
          if (builders[column] == null) {
            builders[column] = new EncodedColumn.Builder();
          }
          builders[column].set(record, value);
        }
      }
    }

    /**
     * The record ids. Two systems often both number customers from 1: when an id occurs in more
     * than one file, every id is written as {@code FILE:ID} (the file name without extension).
     */
    private String[] qualifiedIfShared(int n) {
      Set<String> first = new HashSet<>();
      boolean shared = false;
      for (int i = 0; i < n && !shared; i++) {
        shared = sources[i] != 0 && first.contains(ids.get(i));
        if (sources[i] == 0) {
          first.add(ids.get(i));
        }
      }
      String[] result = ids.toArray(String[]::new);
      if (shared) {
        for (int i = 0; i < n; i++) {
          result[i] = labels.get(sources[i]) + ":" + result[i];
        }
      }
      return result;
    }

    LoadedRecords build(List<ColumnMapping> mappings, List<CsvProblem> problems, long badRows) {
      int n = ids.size();
      Map<Attribute, EncodedColumn> built = new EnumMap<>(Attribute.class);
      for (Attribute attribute : ATTRIBUTES) {
        if (attributes[attribute.ordinal()] != null) {
          built.put(attribute, attributes[attribute.ordinal()].build(n));
        }
      }
      RecordTable table = new RecordTable(qualifiedIfShared(n), java.util.Arrays.copyOf(sources, n), built);
      List<String> names = fieldOrder.stream().map(f -> dictionary.fields().get(f).name()).toList();
      EncodedColumn[] encoded = fieldOrder.stream().map(f -> fields[f].build(n)).toArray(EncodedColumn[]::new);
      return new LoadedRecords(table, new FieldTable(table, names, encoded), mappings, problems, badRows);
    }
  }

  /** Standardizes the rows of one file. */
  private final class FileReader {
    private final int source;
    private final FeatureExtractor extractor;
    private final int idIndex;
    private final FieldDefinition[] fieldOf;
    /** The dictionary index of each column's field; -1 for an unmapped column. */
    private final int[] fieldIndexOf;

    FileReader(Path file, int source, ColumnMapping mapping, List<String> header) {
      this.source = source;
      this.extractor = new FeatureExtractor(mapping, dictionary.fields());
      this.idIndex = mapping.mapped().stream().filter(c -> c.role().orElseThrow() == Role.IDENTIFIER)
          .mapToInt(MappedColumn::index).findFirst().orElse(-1);
      this.fieldOf = new FieldDefinition[header.size()];
      this.fieldIndexOf = new int[header.size()];
      java.util.Arrays.fill(fieldIndexOf, -1);
      mapping.mapped().forEach(c -> {
        fieldOf[c.index()] = c.field().orElseThrow();
        fieldIndexOf[c.index()] = dictionary.fields().indexOf(fieldOf[c.index()]);
      });
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
      String[] fields = new String[dictionary.fields().size()];
      for (int i = 0; i < fieldOf.length; i++) {
        if (fieldOf[i] != null && values[i] instanceof StandardValue.Present present) {
          fields[fieldIndexOf[i]] = present.canonical();
        }
      }
      String id = idIndex >= 0 && idIndex < raw.size() && !raw.get(idIndex).isBlank()
          ? raw.get(idIndex).strip()
          : (source == 0 ? "" : "s" + source + "-") + "line-" + row.line();
      String[] features = extractor.extract(values);
      computeHashes(features);
      computeHashes(fields);
      return new Standardized(row.line(), id, source, features, fields);
    }

    /*
     * A string computes its hash once and keeps it: computing it here, on the threads that
     * standardize in parallel, spares the one thread that encodes (and must hash every value) that
     * work for the many values that are new strings.
     */
    private static void computeHashes(String[] values) {
      for (String value : values) {
        if (value != null) {
          value.hashCode();
        }
      }
    }
  }
}
