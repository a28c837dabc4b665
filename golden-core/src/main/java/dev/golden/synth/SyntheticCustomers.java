package dev.golden.synth;

import dev.golden.dictionary.DataDictionary;
import dev.golden.io.CsvOptions;
import dev.golden.io.CsvWriter;
import dev.golden.match.Deduplicator;
import dev.golden.match.MatchModel;
import dev.golden.match.StageTimings;
import dev.golden.record.LoadedRecords;
import dev.golden.record.RecordLoader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A synthetic customer file with known duplicates, for tests and benchmarks of any size.
 *
 * <p>Persons and companies, about 40% Chinese (Han names, Chinese addresses and phones) and the
 * rest from the US, the UK and Australia. About 30% of them have 1 to 4 further records, written
 * the way other systems would hold them (typos, nicknames, pinyin, traditional script, other
 * formats, missing values, a new address). Some entities are hard negatives that must not be
 * merged: household members, namesakes in the same city, branches of one company.
 *
 * <pre>{@code
 * SyntheticCustomers customers = SyntheticCustomers.builder().people(1_000_000).seed(7).build();
 * customers.write(Path.of("customers.csv"), Path.of("customers_truth_pairs.csv"));
 * }</pre>
 *
 * <p>Output depends only on the settings. Records are generated one at a time, in shuffled order,
 * with memory of one int per entity.
 */
public final class SyntheticCustomers {
  public static final long DEFAULT_SEED = 20240501L;
  static final int MAX_PEOPLE = 200_000_000;

  private final long seed;
  private final RecordLayout layout;
  private final EntityFactory factory;
  private final RecordRenderer renderer;
  private final int idWidth;

  private SyntheticCustomers(Builder builder) {
    this.seed = builder.seed;
    this.layout = new RecordLayout(builder.people, builder.seed, builder.duplicateRate);
    this.factory = new EntityFactory(builder.seed, builder.chineseShare, builder.companyShare, builder.hardNegativeRate);
    this.renderer = new RecordRenderer(builder.seed, factory);
    this.idWidth = Math.max(7, String.valueOf(layout.records()).length());
  }

  public static Builder builder() {
    return new Builder();
  }

  public long seed() {
    return seed;
  }

  public int people() {
    return layout.people();
  }

  /** The number of records, duplicates included. */
  public int records() {
    return layout.records();
  }

  /** The records in file order. Each is generated when the stream reaches it. */
  public Stream<SyntheticRecord> stream() {
    return IntStream.range(0, layout.records()).mapToObj(this::recordAt);
  }

  /** Every pair of records of the same entity, sorted by (idA, idB). */
  public Stream<TruthPair> truthPairs() {
    return IntStream.range(0, layout.records()).boxed().flatMap(p -> pairsFrom(p, layout.recordAt(p)).stream());
  }

  /** The record at an output position (0-based). */
  public SyntheticRecord recordAt(int position) {
    return recordAt(position, layout.recordAt(position));
  }

  private SyntheticRecord recordAt(int position, int record) {
    int entity = layout.entityOf(record);
    return renderer.render(factory.create(entity), record - layout.firstRecordOf(entity), recordId(position));
  }

  /** Writes the records (UTF-8 CSV with header) and the truth pairs ({@code id_a,id_b}). */
  public GenerationSummary write(Path csv, Path truth) {
    try (Writer records = writer(csv); Writer pairs = writer(truth)) {
      return write(records, pairs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes to the given writers, leaving them open. */
  public GenerationSummary write(Writer csv, Writer truth) throws IOException {
    CsvWriter.writeLine(csv, SyntheticRecord.HEADER);
    truth.write("id_a,id_b\n");
    long pairs = 0;
    for (int position = 0; position < layout.records(); position++) {
      int record = layout.recordAt(position);
      CsvWriter.writeLine(csv, recordAt(position, record).values());
      for (TruthPair pair : pairsFrom(position, record)) {
        truth.write(pair.idA());
        truth.write(',');
        truth.write(pair.idB());
        truth.write('\n');
        pairs++;
      }
    }
    csv.flush();
    truth.flush();
    return new GenerationSummary(layout.people(), layout.records(), pairs);
  }

  /**
   * A model trained the way {@code golden dedupe} trains one, without labels, on these customers:
   * a starter model for a hub that has no data yet, and the model of tests and benchmarks.
   */
  public MatchModel trainModel(DataDictionary dictionary) {
    return Deduplicator.builder().build().run(load(dictionary).table(), new StageTimings()).model();
  }

  /** These customers loaded the way {@code golden dedupe} loads a file: written to a temporary CSV and read back. */
  public LoadedRecords load(DataDictionary dictionary) {
    try {
      Path dir = Files.createTempDirectory("golden-synthetic");
      Path csv = dir.resolve("customers.csv");
      Path truth = dir.resolve("truth.csv");
      try {
        write(csv, truth);
        return new RecordLoader(dictionary, CsvOptions.defaults(), Map.of(), Optional.empty()).load(List.of(csv), bytes -> { });
      } finally {
        Files.deleteIfExists(csv);
        Files.deleteIfExists(truth);
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The default truth file beside a CSV file: customers.csv gives customers_truth_pairs.csv. */
  public static Path truthPathFor(Path csv) {
    String name = csv.getFileName().toString();
    String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    return csv.resolveSibling(stem + "_truth_pairs.csv");
  }

  // Pairs whose first id is the record at this position: its entity's records at later positions.
  private List<TruthPair> pairsFrom(int position, int record) {
    int entity = layout.entityOf(record);
    int count = layout.recordCountOf(entity);
    if (count == 1) {
      return List.of();
    }
    int first = layout.firstRecordOf(entity);
    int[] later = new int[count - 1];
    int n = 0;
    for (int r = first; r < first + count; r++) {
      int other = layout.positionOf(r);
      if (other > position) {
        later[n++] = other;
      }
    }
    Arrays.sort(later, 0, n);
    String id = recordId(position);
    TruthPair[] pairs = new TruthPair[n];
    for (int i = 0; i < n; i++) {
      pairs[i] = new TruthPair(id, recordId(later[i]));
    }
    return Arrays.asList(pairs);
  }

  // Fixed width, so that string order is position order: r0000001, r0000002, ...
  private String recordId(int position) {
    String number = String.valueOf(position + 1);
    StringBuilder sb = new StringBuilder(idWidth + 1).append('r');
    for (int i = number.length(); i < idWidth; i++) {
      sb.append('0');
    }
    return sb.append(number).toString();
  }

  private static Writer writer(Path path) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 16);
  }

  /** Settings of a synthetic file; validated when set. */
  public static final class Builder {
    private int people = 1000;
    private long seed = DEFAULT_SEED;
    private double duplicateRate = 0.3;
    private double chineseShare = 0.4;
    private double companyShare = 0.15;
    private double hardNegativeRate = 0.1;

    private Builder() {}

    /** Number of real-world customers (persons and companies); records are more. */
    public Builder people(int people) {
      if (people < 0 || people > MAX_PEOPLE) {
        throw new IllegalArgumentException("people must be between 0 and " + MAX_PEOPLE + ", not " + people);
      }
      this.people = people;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Share of customers with duplicate records (1 to 4 each, mostly 1). */
    public Builder duplicateRate(double rate) {
      this.duplicateRate = share("duplicateRate", rate);
      return this;
    }

    /** Share of customers that are Chinese. */
    public Builder chineseShare(double share) {
      this.chineseShare = share("chineseShare", share);
      return this;
    }

    /** Share of customers that are companies. */
    public Builder companyShare(double share) {
      this.companyShare = share("companyShare", share);
      return this;
    }

    /** Chance that a customer is drawn as a look-alike of the previous one (household, namesake, branch). */
    public Builder hardNegativeRate(double rate) {
      this.hardNegativeRate = share("hardNegativeRate", rate);
      return this;
    }

    public SyntheticCustomers build() {
      return new SyntheticCustomers(this);
    }

    private static double share(String name, double value) {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException(name + " must be between 0 and 1, not " + value);
      }
      return value;
    }
  }
}
