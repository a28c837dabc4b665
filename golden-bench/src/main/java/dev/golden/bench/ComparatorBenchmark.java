package dev.golden.bench;

import dev.golden.compare.DamerauLevenshtein;
import dev.golden.compare.JaroWinkler;
import dev.golden.compare.TokenSet;
import dev.golden.record.Attribute;
import java.util.concurrent.TimeUnit;
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
 * String comparators on the value pairs that blocking really produces from generated customers
 * (Latin and pinyin names, Latin and Chinese addresses and company names). One operation is one
 * comparison of two strings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ComparatorBenchmark {
  static final int PAIRS = 1024;

  private String[] givenNames;
  private String[] familyNames;
  private String[] streets;
  private String[] companies;

  @Setup(Level.Trial)
  public void setUp() {
    GeneratedTable generated = GeneratedTable.of(20_000);
    givenNames = generated.valuePairs(Attribute.GIVEN_NAME, PAIRS);
    familyNames = generated.valuePairs(Attribute.FAMILY_NAME, PAIRS);
    streets = generated.valuePairs(Attribute.STREET_ADDRESS, PAIRS);
    companies = generated.valuePairs(Attribute.COMPANY_NAME, PAIRS);
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public void jaroWinklerGivenNames(Blackhole sink) {
    for (int i = 0; i + 1 < givenNames.length; i += 2) {
      sink.consume(JaroWinkler.similarity(givenNames[i], givenNames[i + 1]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public void jaroWinklerThresholdFamilyNames(Blackhole sink) {
    for (int i = 0; i + 1 < familyNames.length; i += 2) {
      sink.consume(JaroWinkler.atLeast(familyNames[i], familyNames[i + 1], 0.92));
    }
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public void jaroWinklerStreets(Blackhole sink) {
    for (int i = 0; i + 1 < streets.length; i += 2) {
      sink.consume(JaroWinkler.similarity(streets[i], streets[i + 1]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public void damerauLevenshteinWithin2FamilyNames(Blackhole sink) {
    for (int i = 0; i + 1 < familyNames.length; i += 2) {
      sink.consume(DamerauLevenshtein.distance(familyNames[i], familyNames[i + 1], 2));
    }
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public void damerauLevenshteinWithin2Streets(Blackhole sink) {
    for (int i = 0; i + 1 < streets.length; i += 2) {
      sink.consume(DamerauLevenshtein.distance(streets[i], streets[i + 1], 2));
    }
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public void tokenSetStreets(Blackhole sink) {
    for (int i = 0; i + 1 < streets.length; i += 2) {
      sink.consume(TokenSet.similarity(streets[i], streets[i + 1]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public void tokenSetCompanies(Blackhole sink) {
    for (int i = 0; i + 1 < companies.length; i += 2) {
      sink.consume(TokenSet.similarity(companies[i], companies[i + 1]));
    }
  }
}
