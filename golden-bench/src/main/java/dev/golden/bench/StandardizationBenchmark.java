package dev.golden.bench;

import dev.golden.dictionary.ColumnMapping;
import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.HeaderMapper;
import dev.golden.standardize.Standardization;
import dev.golden.synth.SyntheticCustomers;
import dev.golden.synth.SyntheticRecord;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Standardization of whole generated rows (names, company, email, phone, address, postcode,
 * country, date of birth) as the loader does it, one thread. One operation is one row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StandardizationBenchmark {
  static final int ROWS = 1024;

  private Standardization standardization;
  private FieldDefinition[] fieldOf;
  private List<List<String>> rows;

  @Setup(Level.Trial)
  public void setUp() {
    DataDictionary dictionary = DataDictionary.defaults();
    standardization = Standardization.of(dictionary);
    SyntheticCustomers customers = SyntheticCustomers.builder().people(ROWS).build();
    rows = IntStream.range(0, ROWS).mapToObj(i -> customers.recordAt(i).values()).toList();
    ColumnMapping mapping = new HeaderMapper(dictionary).map(SyntheticRecord.HEADER, rows, Map.of());
    fieldOf = new FieldDefinition[SyntheticRecord.HEADER.size()];
    mapping.mapped().forEach(column -> fieldOf[column.index()] = column.field().orElseThrow());
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void standardizeRow(Blackhole sink) {
    for (List<String> row : rows) {
      sink.consume(standardization.standardizeRow(fieldOf, row));
    }
  }
}
