package dev.golden.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golden.dictionary.ColumnMapping;
import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.HeaderMapper;
import dev.golden.dictionary.MappedColumn;
import dev.golden.dictionary.MappingSource;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCustomersTest {
  private static final SyntheticCustomers FIVE_THOUSAND = SyntheticCustomers.builder().people(5000).seed(11).build();
  private static final List<SyntheticRecord> RECORDS = FIVE_THOUSAND.stream().toList();

  @Test
  @DisplayName("the same seed gives the same file, another seed a different one")
  void deterministicForASeed() throws IOException {
    assertThat(written(SyntheticCustomers.builder().people(300).seed(5).build()))
        .isEqualTo(written(SyntheticCustomers.builder().people(300).seed(5).build()))
        .isNotEqualTo(written(SyntheticCustomers.builder().people(300).seed(6).build()));
  }

  @Test
  @DisplayName("every person has one record and about 30% have 1 to 4 more")
  void recordCountFollowsTheDuplicateRate() {
    Map<Long, Long> perEntity = RECORDS.stream().collect(Collectors.groupingBy(SyntheticRecord::entityId, Collectors.counting()));
    assertThat(perEntity).hasSize(5000);
    assertThat(perEntity.values()).allMatch(n -> n >= 1 && n <= 5);
    long withDuplicates = perEntity.values().stream().filter(n -> n > 1).count();
    assertThat(withDuplicates / 5000.0).isBetween(0.26, 0.34);
    assertThat(perEntity.values().stream().filter(n -> n == 2).count())
        .as("one duplicate is the most common case").isGreaterThan(withDuplicates / 2);
  }

  @Test
  @DisplayName("a duplicate rate of zero gives one record per person and no truth pairs")
  void noDuplicates() {
    SyntheticCustomers clean = SyntheticCustomers.builder().people(500).duplicateRate(0).build();
    assertThat(clean.records()).isEqualTo(500);
    assertThat(clean.truthPairs()).isEmpty();
  }

  @Test
  @DisplayName("truth pairs are exactly the pairs of records of the same entity, ordered and sorted")
  void truthPairsMatchTheEntities() {
    Map<Long, List<String>> idsByEntity = RECORDS.stream().collect(
        Collectors.groupingBy(SyntheticRecord::entityId, Collectors.mapping(SyntheticRecord::recordId, Collectors.toList())));
    long expected = idsByEntity.values().stream().mapToLong(ids -> (long) ids.size() * (ids.size() - 1) / 2).sum();
    Map<String, Long> entityOf = RECORDS.stream().collect(Collectors.toMap(SyntheticRecord::recordId, SyntheticRecord::entityId));

    List<TruthPair> pairs = FIVE_THOUSAND.truthPairs().toList();

    assertThat(pairs).hasSize((int) expected);
    assertThat(pairs).allSatisfy(pair -> {
      assertThat(entityOf).containsKeys(pair.idA(), pair.idB());
      assertThat(entityOf.get(pair.idA())).isEqualTo(entityOf.get(pair.idB()));
    });
    assertThat(pairs).isSortedAccordingTo((a, b) -> a.idA().equals(b.idA())
        ? a.idB().compareTo(b.idB()) : a.idA().compareTo(b.idA()));
  }

  @Test
  @DisplayName("record ids are unique, fixed width and in file order; duplicates are not next to each other")
  void idsAndShuffling() {
    assertThat(RECORDS).extracting(SyntheticRecord::recordId).doesNotHaveDuplicates()
        .startsWith("r0000001", "r0000002").isSorted();
    long adjacent = 0;
    for (int i = 1; i < RECORDS.size(); i++) {
      if (RECORDS.get(i).entityId() == RECORDS.get(i - 1).entityId()) {
        adjacent++;
      }
    }
    assertThat(adjacent).isLessThan(10);
  }

  @Test
  @DisplayName("duplicates differ from their entity's first record, in several fields on average")
  void duplicatesDiffer() {
    Map<Long, SyntheticRecord> originals = RECORDS.stream().filter(r -> !r.duplicate())
        .collect(Collectors.toMap(SyntheticRecord::entityId, r -> r));
    List<SyntheticRecord> duplicates = RECORDS.stream().filter(SyntheticRecord::duplicate).toList();
    assertThat(duplicates).isNotEmpty();
    double fieldsChanged = 0;
    for (SyntheticRecord duplicate : duplicates) {
      int changed = changedFields(originals.get(duplicate.entityId()), duplicate);
      assertThat(changed).as("duplicate %s", duplicate).isPositive();
      fieldsChanged += changed;
    }
    assertThat(fieldsChanged / duplicates.size()).isGreaterThan(2.0);
  }

  @Test
  @DisplayName("duplicates show the corruptions matchers meet: nicknames, pinyin, traditional script, placeholders")
  void realisticCorruptions() {
    List<SyntheticRecord> duplicates = RECORDS.stream().filter(SyntheticRecord::duplicate).toList();
    assertThat(duplicates).anyMatch(r -> Set.of("Bob", "Bill", "Mike", "Liz", "Jim", "Tom").contains(r.givenName().strip()));
    assertThat(duplicates).anyMatch(r -> r.familyName().matches("(ZHANG|WANG|LI|LIU|CHEN|Zhang|Wang|Li|Liu|Chen)"));
    assertThat(duplicates).anyMatch(r -> r.familyName().contains("張") || r.familyName().contains("劉")
        || r.familyName().contains("陳") || r.familyName().contains("楊") || r.familyName().contains("黃"));
    assertThat(duplicates).anyMatch(r -> Set.of("N/A", "不详", "-", "unknown").contains(r.email()));
    assertThat(duplicates).anyMatch(r -> r.phone().startsWith("0086 ") || r.phone().startsWith("+86 "));
    assertThat(duplicates).anyMatch(r -> r.dateOfBirth().matches("\\d{8}"));
    assertThat(duplicates).anyMatch(r -> r.familyName().contains(", "));
  }

  @Test
  @DisplayName("Chinese customers make up about the requested share, with Han names and +86 numbers")
  void chineseShare() {
    List<SyntheticRecord> originals = RECORDS.stream().filter(r -> !r.duplicate()).toList();
    List<SyntheticRecord> chinese = originals.stream().filter(r -> r.country().equals("CN")).toList();
    assertThat(chinese.size() / (double) originals.size()).isBetween(0.36, 0.44);
    assertThat(chinese).filteredOn(r -> r.companyName().isEmpty())
        .allMatch(r -> r.familyName().codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    assertThat(chinese).allMatch(r -> r.phone().matches("1[358]\\d-\\d{4}-\\d{4}|0\\d{2,3}-\\d{8}"));

    SyntheticCustomers none = SyntheticCustomers.builder().people(300).chineseShare(0).build();
    assertThat(none.stream()).noneMatch(r -> r.country().equals("CN"));
  }

  @Test
  @DisplayName("companies make up about the requested share; Chinese ones are named city + trade + legal form")
  void companies() {
    List<SyntheticRecord> originals = RECORDS.stream().filter(r -> !r.duplicate()).toList();
    List<SyntheticRecord> companies = originals.stream().filter(r -> !r.companyName().isEmpty()).toList();
    assertThat(companies.size() / (double) originals.size()).isBetween(0.12, 0.18);
    assertThat(companies).filteredOn(r -> r.country().equals("CN"))
        .isNotEmpty().allMatch(r -> r.companyName().matches("\\p{IsHan}+(有限公司|有限责任公司)"));
    assertThat(companies).allMatch(r -> r.dateOfBirth().isEmpty());
  }

  @Test
  @DisplayName("hard negatives: household members share family name, address and phone but are other people")
  void households() {
    Map<String, Set<Long>> entitiesAtHome = new HashMap<>();
    RECORDS.stream().filter(r -> !r.duplicate() && r.companyName().isEmpty())
        .forEach(r -> entitiesAtHome.computeIfAbsent(r.familyName() + "|" + r.streetAddress() + "|" + r.phone(),
            k -> new HashSet<>()).add(r.entityId()));
    long households = entitiesAtHome.values().stream().filter(entities -> entities.size() > 1).count();
    assertThat(households).isGreaterThan(100);

    SyntheticCustomers without = SyntheticCustomers.builder().people(2000).hardNegativeRate(0).build();
    assertThat(without.stream().filter(r -> !r.duplicate() && r.companyName().isEmpty())
        .map(r -> r.familyName() + "|" + r.streetAddress() + "|" + r.phone()).distinct().count())
        .isEqualTo(without.stream().filter(r -> !r.duplicate() && r.companyName().isEmpty()).count());
  }

  @Test
  @DisplayName("hard negatives: branches share a company's trade name in another city")
  void branches() {
    Map<String, Set<String>> citiesByCore = new HashMap<>();
    RECORDS.stream().filter(r -> !r.duplicate() && r.country().equals("CN") && !r.companyName().isEmpty())
        .forEach(r -> citiesByCore.computeIfAbsent(r.companyName().substring(r.city().length() - 1), k -> new HashSet<>())
            .add(r.city()));
    assertThat(citiesByCore.values()).anyMatch(cities -> cities.size() > 1);
  }

  @Test
  @DisplayName("writes a UTF-8 CSV with the dictionary's header names and a truth file beside it")
  void writesFiles(@TempDir Path dir) {
    Path csv = dir.resolve("customers.csv");
    Path truth = SyntheticCustomers.truthPathFor(csv);
    GenerationSummary summary = SyntheticCustomers.builder().people(200).build().write(csv, truth);

    assertThat(truth.getFileName()).hasToString("customers_truth_pairs.csv");
    assertThat(csv).content(StandardCharsets.UTF_8)
        .startsWith("record_id,given_name,family_name,company_name,email,phone,street_address,city,region,postcode,country,date_of_birth,source_system\n");
    assertThat(lines(csv)).hasSize(summary.records() + 1);
    assertThat(lines(truth)).hasSize((int) summary.truthPairs() + 1).first().isEqualTo("id_a,id_b");
    assertThat(summary.people()).isEqualTo(200);
  }

  @Test
  @DisplayName("loads every generated record the way golden dedupe reads a file, without problems")
  void loadsLikeAFile() {
    SyntheticCustomers customers = SyntheticCustomers.builder().people(300).seed(5).build();
    var loaded = customers.load(DataDictionary.defaults());

    assertThat(loaded.table().size()).isEqualTo(customers.records());
    assertThat(loaded.problems()).isEmpty();
  }

  @Test
  @DisplayName("Golden's default dictionary recognises every column of the header by name")
  void headerIsUnderstoodByTheDictionary() {
    ColumnMapping mapping = new HeaderMapper(DataDictionary.defaults()).map(SyntheticRecord.HEADER, List.of());
    assertThat(mapping.columns()).allSatisfy(column -> assertThat(column.source()).isEqualTo(MappingSource.HEADER));
    assertThat(mapping.columnFor("customer_id")).map(MappedColumn::header).contains("record_id");
  }

  @Test
  @DisplayName("the builder rejects shares outside 0..1 and negative sizes")
  void validation() {
    assertThatThrownBy(() -> SyntheticCustomers.builder().duplicateRate(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SyntheticCustomers.builder().chineseShare(-0.1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SyntheticCustomers.builder().companyShare(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SyntheticCustomers.builder().people(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  private static int changedFields(SyntheticRecord a, SyntheticRecord b) {
    List<String> x = a.values();
    List<String> y = b.values();
    int changed = 0;
    for (int i = 1; i < x.size() - 1; i++) {
      if (!x.get(i).equals(y.get(i))) {
        changed++;
      }
    }
    return changed;
  }

  private static String written(SyntheticCustomers customers) throws IOException {
    StringWriter csv = new StringWriter();
    StringWriter truth = new StringWriter();
    customers.write(csv, truth);
    return csv + "\n" + truth;
  }

  private static List<String> lines(Path path) {
    try {
      return Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
