package dev.golden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.synth.SyntheticCustomers;
import dev.golden.synth.SyntheticRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("golden dedupe, link, explain and evaluate")
class MatchCommandsTest {
  private static final String HEADER = "id,first_name,surname,email,phone,date_of_birth\n";
  private static final Pattern ERROR_LINE = Pattern.compile("^golden \\w+: .+");

  /** 300 synthetic customers with duplicates, their truth pairs and one dedupe run; made once. */
  @TempDir static Path shared;
  static Path customers;
  static Path truth;
  static Path results;
  static String dedupeOutput;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void dedupeOnce() {
    customers = shared.resolve("customers.csv");
    truth = shared.resolve("truth.csv");
    SyntheticCustomers.builder().people(300).seed(3).build().write(customers, truth);
    results = shared.resolve("results");
    StringWriter log = new StringWriter();
    StringWriter output = new StringWriter();
    int exit = command(output, log).execute("dedupe", customers.toString(), "--out", results.toString());
    assertThat(exit).as(log.toString()).isZero();
    dedupeOutput = output.toString();
  }

  private static CommandLine command(StringWriter out, StringWriter err) {
    CommandLine command = GoldenCommand.commandLine();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command;
  }

  private int run(String... args) {
    return command(out, err).execute(args);
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private String outDir() {
    return dir.resolve("out").toString();
  }

  /** Exit code 2 and the error as one line "golden COMMAND: message" without a stack trace. */
  private void assertCleanError(int exit, String... expected) {
    assertThat(exit).as(err.toString()).isEqualTo(2);
    List<String> errors = err.toString().lines().filter(line -> ERROR_LINE.matcher(line).matches()).toList();
    assertThat(errors).as(err.toString()).hasSize(1);
    assertThat(errors.get(0)).contains(expected);
    assertThat(err.toString()).doesNotContain("Exception", "\tat ");
    assertThat(err.toString().lines()).as("only progress lines besides the error")
        .allMatch(line -> line.equals(errors.get(0)) || line.startsWith("matching ") || line.isBlank());
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file);
  }

  @Test
  @DisplayName("dedupe writes clusters, pairs, golden records and the model")
  void dedupeWritesItsResults() throws IOException {
    List<String> input = lines(customers);
    Set<String> inputIds = input.stream().skip(1).map(line -> line.substring(0, line.indexOf(','))).collect(Collectors.toSet());

    List<String> clusters = lines(results.resolve("clusters.csv"));
    assertThat(clusters.get(0)).isEqualTo("record_id,cluster_id");
    assertThat(clusters).hasSize(input.size());
    Set<String> clusteredIds = clusters.stream().skip(1).map(line -> line.split(",")[0]).collect(Collectors.toSet());
    assertThat(clusteredIds).isEqualTo(inputIds);
    assertThat(clusters.stream().skip(1).map(line -> line.split(",")[1])).allMatch(inputIds::contains);

    List<String> pairs = lines(results.resolve("pairs.csv"));
    assertThat(pairs.get(0)).isEqualTo("id_a,id_b,match_probability,match_weight");
    assertThat(pairs).hasSizeGreaterThan(1);
    for (String pair : pairs.subList(1, pairs.size())) {
      String[] fields = pair.split(",");
      assertThat(fields[0]).isLessThan(fields[1]);
      assertThat(Double.parseDouble(fields[2])).isBetween(0.5, 1.0);
    }

    List<String> golden = lines(results.resolve("golden.csv"));
    assertThat(golden.get(0)).startsWith("cluster_id,record_count,source_record_ids");
    assertThat(golden).hasSizeLessThan(input.size()).hasSizeGreaterThan(1);

    assertThat(Files.readString(results.resolve("model.json"))).contains("\"format\" : \"golden-model\"");
    assertThat(dedupeOutput).contains("records", "candidate pairs", "clusters", "written to");
  }

  @Test
  @DisplayName("dedupe with a saved model applies it instead of training")
  void dedupeWithModel() throws IOException {
    int exit = run("dedupe", customers.toString(), "--out", outDir(), "--model", results.resolve("model.json").toString());

    assertThat(exit).as(err.toString()).isZero();
    assertThat(dir.resolve("out/clusters.csv")).hasSameTextualContentAs(results.resolve("clusters.csv"));
  }

  @Test
  @DisplayName("explain prints each comparison's contribution for two ids")
  void explain() throws IOException {
    String[] pair = lines(results.resolve("pairs.csv")).get(1).split(",");

    int exit = run("explain", "--model", results.resolve("model.json").toString(), customers.toString(), pair[0], pair[1]);

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).contains(pair[0] + " vs " + pair[1], "match weight", "match probability", "prior",
        "given_name", "family_name");
  }

  @Test
  @DisplayName("explain names an id that is not in the file")
  void explainUnknownId() throws IOException {
    String known = lines(results.resolve("clusters.csv")).get(1).split(",")[0];

    assertCleanError(run("explain", "--model", results.resolve("model.json").toString(), customers.toString(), known, "no-such-id"),
        "no-such-id");
  }

  @Test
  @DisplayName("evaluate prints pairwise precision, recall and F1")
  void evaluate() {
    int exit = run("evaluate", "--clusters", results.resolve("clusters.csv").toString(), "--truth", truth.toString());

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).containsPattern("precision \\d\\.\\d{4}  recall \\d\\.\\d{4}  F1 \\d\\.\\d{4}");
  }

  @Test
  @DisplayName("evaluate rejects a truth file without the id_a,id_b header")
  void evaluateWrongTruthHeader() throws IOException {
    assertCleanError(run("evaluate", "--clusters", results.resolve("clusters.csv").toString(),
        "--truth", file("t.csv", "a,b\n1,2\n").toString()), "id_a,id_b");
  }

  @Test
  @DisplayName("link pairs records only across the two files")
  void linkPairsOnlyAcrossFiles() throws IOException {
    // Each customer's first record goes to the CRM file, the later ones to the ERP file.
    List<SyntheticRecord> crm = new ArrayList<>();
    List<SyntheticRecord> erp = new ArrayList<>();
    SyntheticCustomers.builder().people(300).seed(5).build().stream().forEach(r -> (r.duplicate() ? erp : crm).add(r));
    Path a = file("crm.csv", csv(crm));
    Path b = file("erp.csv", csv(erp));
    Set<String> crmIds = crm.stream().map(SyntheticRecord::recordId).collect(Collectors.toSet());
    Set<String> erpIds = erp.stream().map(SyntheticRecord::recordId).collect(Collectors.toSet());

    int exit = run("link", a.toString(), b.toString(), "--out", outDir());

    assertThat(exit).as(err.toString()).isZero();
    List<String> pairs = lines(dir.resolve("out/pairs.csv"));
    assertThat(pairs).hasSizeGreaterThan(10);
    for (String pair : pairs.subList(1, pairs.size())) {
      String[] ids = pair.split(",");
      assertThat(crmIds.contains(ids[0]) ^ crmIds.contains(ids[1])).as(pair).isTrue();
      assertThat(erpIds.contains(ids[0]) ^ erpIds.contains(ids[1])).as(pair).isTrue();
    }
    assertThat(lines(dir.resolve("out/clusters.csv"))).hasSize(1 + crm.size() + erp.size());
  }

  @Test
  @DisplayName("link accepts two files whose ids overlap")
  void linkWithOverlappingIds() throws IOException {
    Path a = file("a.csv", HEADER + "1,Ann,Lee,ann.lee@example.com,0412 345 678,1980-01-02\n2,Bob,Ray,bob@example.com,,\n");
    Path b = file("b.csv", HEADER + "1,Ann,Lee,ann.lee@example.com,,1980-01-02\n2,Tom,Wu,tom@example.com,,\n");

    assertThat(run("link", a.toString(), b.toString(), "--out", outDir())).as(err.toString()).isZero();
    assertThat(lines(Path.of(outDir()).resolve("clusters.csv"))).contains("a:1,a:1", "b:1,a:1", "a:2,a:2", "b:2,b:2");
  }

  private static String csv(List<SyntheticRecord> records) {
    StringBuilder csv = new StringBuilder(csvLine(SyntheticRecord.HEADER));
    records.forEach(r -> csv.append(csvLine(r.values())));
    return csv.toString();
  }

  private static String csvLine(List<String> values) {
    return values.stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")) + "\n";
  }

  @Test
  @DisplayName("dedupe skips and counts ragged rows, and still succeeds")
  void raggedRowsAreSkippedAndCounted() throws IOException {
    StringBuilder csv = new StringBuilder(String.join("", lines(customers).stream().map(l -> l + "\n").toList()));
    csv.append("x1,too,few\n");
    csv.append("x2,Ann,Lee,,,,,,,,,,,,,too,many\n");
    Path input = file("ragged.csv", csv.toString());

    int exit = run("dedupe", input.toString(), "--out", outDir());

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).contains("2 rows could not be read and were skipped");
    assertThat(lines(dir.resolve("out/clusters.csv"))).hasSize(lines(customers).size())
        .noneMatch(line -> line.startsWith("x1,") || line.startsWith("x2,"));
  }

  @Test
  @DisplayName("dedupe of an empty file names the file")
  void emptyFile() throws IOException {
    Path input = file("empty.csv", "");
    assertCleanError(run("dedupe", input.toString(), "--out", outDir()), input.toString(), "empty file");
  }

  @Test
  @DisplayName("dedupe of a file whose columns map to no customer field says so")
  void nothingMapped() throws IOException {
    Path input = file("colours.csv", "colour,shoe_size\nred,42\nblue,38\n");
    assertCleanError(run("dedupe", input.toString(), "--out", outDir()), input.toString(), "no column could be mapped");
  }

  @Test
  @DisplayName("dedupe of a file with one id twice names the id and line")
  void duplicateIds() throws IOException {
    Path input = file("dup.csv", HEADER + "1,Ann,Lee,ann@example.com,,\n2,Bob,Ray,bob@example.com,,\n1,Ann,Lee,ann.lee@example.com,,\n");
    assertCleanError(run("dedupe", input.toString(), "--out", outDir()), input.toString(), "line 4", "'1'", "more than once");
  }

  @Test
  @DisplayName("dedupe of a missing file names it")
  void missingFile() {
    assertCleanError(run("dedupe", dir.resolve("nope.csv").toString(), "--out", outDir()), "no such file", "nope.csv");
  }

  @Test
  @DisplayName("dedupe with a model file of another format names the file")
  void notAModel() throws IOException {
    Path model = file("settings.json", "{\"format\": \"splink\"}");
    assertCleanError(run("dedupe", customers.toString(), "--out", outDir(), "--model", model.toString()),
        "settings.json", "not a Golden model");
  }

  @Test
  @DisplayName("dedupe of a file with a header and no rows fails with exit code 2")
  void headerOnlyFails() throws IOException {
    Path input = file("header.csv", HEADER);
    assertCleanError(run("dedupe", input.toString(), "--out", outDir()), "golden dedupe: ");
  }

  @Test
  @DisplayName("dedupe of a file with a header and no rows says it has no records")
  void headerOnlyNamesTheProblem() throws IOException {
    Path input = file("header.csv", HEADER);
    assertCleanError(run("dedupe", input.toString(), "--out", outDir()), input.toString(), "no records");
  }

  @Test
  @DisplayName("dedupe with a malformed model file names the file")
  void malformedModel() throws IOException {
    Path model = file("model.json", "{\"format\":");
    assertCleanError(run("dedupe", customers.toString(), "--out", outDir(), "--model", model.toString()), "model.json");
  }
}
