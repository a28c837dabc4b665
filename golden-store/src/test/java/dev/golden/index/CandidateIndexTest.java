package dev.golden.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.record.Attribute;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The candidate index")
class CandidateIndexTest {
  private final CandidateIndex index = CandidateIndex.inMemory();

  @AfterEach
  void close() {
    index.close();
  }

  private static Map<String, String> entry(String... fieldValues) {
    Map<String, String> map = new java.util.HashMap<>();
    for (int i = 0; i < fieldValues.length; i += 2) {
      map.put(fieldValues[i], fieldValues[i + 1]);
    }
    return map;
  }

  private static final EntryFeatures ENTRY = new EntryFeatures(TrainedModel.STANDARDIZATION);

  private static Map<Attribute, String> features(String... fieldValues) {
    return ENTRY.of(entry(fieldValues));
  }

  private static List<String> ids(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::customerId).toList();
  }

  private void addNeighbours() {
    index.upsert("c-smith", features("given_name", "Jonathan", "family_name", "Smith", "phone", "+1 415 555 0134",
        "email", "jon.smith@example.com", "city", "San Francisco"));
    index.upsert("c-jones", features("given_name", "Mary", "family_name", "Jones", "phone", "+1 212 555 0199",
        "city", "New York"));
    index.upsert("c-zhang", features("full_name", "张伟", "phone", "+86 138 0013 8000", "city", "北京"));
  }

  @Test
  @DisplayName("a customer upserted is found by the next look-up, without a commit")
  void nearRealTime() {
    addNeighbours();

    List<Candidate> found = index.candidates(features("given_name", "Jonathan", "family_name", "Smith"), 5);

    assertThat(ids(found)).first().isEqualTo("c-smith");
    assertThat(index.size()).isEqualTo(3);
  }

  @Test
  @DisplayName("a candidate carries the customer's attributes, so it can be scored without the store")
  void storedFeatures() {
    Map<Attribute, String> smith = features("given_name", "Jonathan", "family_name", "Smith", "phone", "+1 415 555 0134");
    index.upsert("c-smith", smith);

    Candidate found = index.candidates(smith, 1).get(0);

    assertThat(found.features()).isEqualTo(smith);
    assertThat(found.score()).isPositive();
  }

  @Test
  @DisplayName("a name typed with a typo and a phone in another format find the customer")
  void typoAndPhoneFormat() {
    addNeighbours();

    assertThat(ids(index.candidates(features("given_name", "Jonathon", "family_name", "Smiht"), 3))).first()
        .isEqualTo("c-smith");
    assertThat(ids(index.candidates(features("phone", "(415) 555-0134"), 3))).containsExactly("c-smith");
    assertThat(ids(index.candidates(features("phone", "5550134"), 3))).as("last seven digits").containsExactly("c-smith");
  }

  @Test
  @DisplayName("a traditional Han name finds the customer entered in simplified characters")
  void hanName() {
    addNeighbours();

    assertThat(ids(index.candidates(features("full_name", "張偉"), 3))).first().isEqualTo("c-zhang");
  }

  @Test
  @DisplayName("delete removes a customer; upsert replaces what the index held about it")
  void deleteAndReplace() {
    addNeighbours();

    index.delete("c-jones");
    index.upsert("c-smith", features("given_name", "Jonathan", "family_name", "Smith", "email", "j.smith@newmail.org"));

    assertThat(ids(index.candidates(features("given_name", "Mary", "family_name", "Jones"), 5))).doesNotContain("c-jones");
    assertThat(ids(index.candidates(features("phone", "+1 415 555 0134"), 5))).as("old phone is gone").isEmpty();
    assertThat(ids(index.candidates(features("email", "J.Smith@newmail.org"), 5))).containsExactly("c-smith");
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  @DisplayName("reopened in the background, the index still finds a customer written a moment ago, typo and all")
  void backgroundRefreshFindsUnseenChanges() {
    addNeighbours();
    // An interval no test outlives: nothing written from now on reaches the searcher.
    index.refreshInBackground(java.time.Duration.ofHours(1));

    index.upsert("c-li", features("given_name", "Anna", "family_name", "Liang", "phone", "+44 20 7946 0958"));

    assertThat(ids(index.candidates(features("phone", "020 7946 0958", "country", "GB"), 5))).containsExactly("c-li");
    assertThat(ids(index.candidates(features("given_name", "Ana", "family_name", "Laing"), 5))).contains("c-li");
    assertThat(ids(index.candidates(features("given_name", "Mary", "family_name", "Jones"), 5)))
        .as("found as before").first().isEqualTo("c-jones");
    assertThat(ids(index.candidates(features("given_name", "Bob", "family_name", "Cratchit"), 5)))
        .as("shares nothing").isEmpty();
  }

  @Test
  @DisplayName("reopened in the background, a customer deleted or replaced a moment ago is found as it is now")
  void backgroundRefreshHidesOutdatedCopies() {
    addNeighbours();
    index.refreshInBackground(java.time.Duration.ofHours(1));

    index.delete("c-jones");
    index.upsert("c-smith", features("given_name", "Jonathan", "family_name", "Smith", "email", "j.smith@newmail.org"));

    assertThat(ids(index.candidates(features("given_name", "Mary", "family_name", "Jones"), 5))).doesNotContain("c-jones");
    assertThat(ids(index.candidates(features("phone", "+1 415 555 0134"), 5))).as("old phone is gone").isEmpty();
    List<Candidate> byEmail = index.candidates(features("email", "J.Smith@newmail.org"), 5);
    assertThat(ids(byEmail)).containsExactly("c-smith");
    assertThat(byEmail.get(0).features()).containsEntry(Attribute.EMAIL, "j.smith@newmail.org");
  }

  @Test
  @DisplayName("among customers sharing the same common name, the one in the record's city and postcode ranks first")
  void boostersRankAmongEqualKeys() {
    String[] cities = {"London", "Leeds", "York", "Bristol", "Bath"};
    for (int i = 0; i < 40; i++) {
      index.upsert("c" + i, features("given_name", "David", "family_name", "Jones", "city", cities[i % cities.length],
          "postcode", "SW1A " + (i % 9) + "AA", "country", "GB"));
    }
    index.upsert("c-bath", features("given_name", "David", "family_name", "Jones", "city", "Bath",
        "postcode", "BA1 1LZ", "country", "GB"));

    List<Candidate> found = index.candidates(features("given_name", "David", "family_name", "Jones", "city", "Bath",
        "postcode", "BA1 1LZ", "country", "GB"), 5);

    assertThat(ids(found)).first().isEqualTo("c-bath");
    assertThat(ids(found).subList(1, 5)).as("then the others in Bath").allMatch(id -> !id.equals("c-bath")
        && Integer.parseInt(id.substring(1)) % cities.length == 4);
  }

  /** More customers than a key may be shared by and still propose candidates, each with another surname. */
  private void addCommonGivenName(String givenName) {
    for (int i = 0; i <= CandidateQueries.MAX_PROPOSING; i++) {
      index.add(givenName + i, features("given_name", givenName, "family_name", "Ha" + letters(i)));
    }
  }

  /** 0 → "aaa", 1 → "aab": after "Ha", surnames that share no sound with the names of the tests. */
  private static String letters(int i) {
    return "" + (char) ('a' + i / 676 % 26) + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26);
  }

  @Test
  @DisplayName("a name more customers share than a key may only ranks the customers the record's rarer keys find")
  void commonNameOnlyRanks() {
    addCommonGivenName("William");
    index.upsert("c-wilma", features("given_name", "Wilma", "family_name", "Okafor", "date_of_birth", "1980-02-03"));
    index.upsert("c-william", features("given_name", "William", "family_name", "Ndiaye", "date_of_birth", "1980-02-03"));

    List<Candidate> found = index.candidates(features("given_name", "William", "family_name", "Quist",
        "date_of_birth", "1980-02-03"), 10);

    assertThat(ids(found)).containsExactly("c-william", "c-wilma");
  }

  @Test
  @DisplayName("a record with nothing but a common name still finds the customers who have it")
  void commonNameAloneProposes() {
    addCommonGivenName("William");

    assertThat(index.candidates(features("given_name", "William"), 5)).hasSize(5);
  }

  @Test
  @DisplayName("a customer whose given and family names are both common is found by the two together, or their sounds")
  void compoundKeyOfCommonNames() {
    addCommonGivenName("William");
    for (int i = 0; i <= CandidateQueries.MAX_PROPOSING; i++) {
      index.add("smith" + i, features("given_name", "Q" + letters(i), "family_name", "Smith"));
    }
    index.upsert("c-william-smith", features("given_name", "William", "family_name", "Smith",
        "phone", "+44 20 7946 0018"));

    List<Candidate> found = index.candidates(features("given_name", "William", "family_name", "Smith",
        "phone", "+44 20 7946 0999"), 10);

    assertThat(ids(found)).containsExactly("c-william-smith");
    assertThat(ids(index.candidates(features("given_name", "Wiliam", "family_name", "Smith"), 10)))
        .as("a typo").containsExactly("c-william-smith");
  }

  @Test
  @DisplayName("a record that shares nothing with anyone finds no candidate")
  void nothingShared() {
    addNeighbours();

    assertThat(index.candidates(features("given_name", "Olufemi", "family_name", "Adeyemi", "phone", "+44 20 7946 0000"), 5))
        .isEmpty();
  }

  @Test
  @DisplayName("a write on one thread is visible to a look-up on another that starts after it")
  void visibleAcrossThreads() throws Exception {
    for (int i = 0; i < 50; i++) {
      index.upsert("c" + i, features("given_name", "Anna", "family_name", "Lee", "phone", "+1 415 555 " + (1000 + i)));
      String phone = "+1 415 555 " + (1000 + i);
      List<Candidate> found = CompletableFuture.supplyAsync(() -> index.candidates(features("phone", phone), 1)).get();
      assertThat(ids(found)).containsExactly("c" + i);
    }
  }

  @Test
  @DisplayName("an index in a folder keeps its customers after commit and reopen")
  void durable(@TempDir Path folder) throws Exception {
    try (CandidateIndex onDisk = CandidateIndex.open(folder)) {
      onDisk.upsert("c-smith", features("given_name", "Jonathan", "family_name", "Smith", "phone", "+1 415 555 0134"));
      onDisk.commit();
    }
    try (CandidateIndex reopened = CandidateIndex.open(folder)) {
      assertThat(ids(reopened.candidates(features("phone", "415 555 0134"), 1))).containsExactly("c-smith");
    }
  }

  @Test
  @DisplayName("an index written with other fields (an earlier version) is emptied when opened, to be rebuilt from the store")
  void otherLayoutEmptied(@TempDir Path folder) throws Exception {
    for (String layout : new String[] {null, "2"}) {
      try (IndexWriter earlier = new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig(new KeywordAnalyzer()))) {
        Document document = new Document();
        document.add(new StringField(IndexFields.ID, "c-old", Field.Store.NO));
        earlier.addDocument(document);
        if (layout != null) {
          earlier.setLiveCommitData(Map.of("golden.layout", layout).entrySet());
        }
        earlier.commit();
      }

      try (CandidateIndex reopened = CandidateIndex.open(folder)) {
        assertThat(reopened.size()).as("layout %s", layout).isZero();
      }
    }
  }

  @Test
  @DisplayName("merged into one segment, the index finds the same customers")
  void merge(@TempDir Path folder) throws Exception {
    try (CandidateIndex onDisk = CandidateIndex.open(folder)) {
      for (int i = 0; i < 30; i++) {
        onDisk.upsert("c" + i, features("given_name", "Anna", "family_name", "Lee", "phone", "+1 415 555 " + (1000 + i)));
        onDisk.commit();
      }
      assertThat(segments(onDisk)).isGreaterThan(1);

      onDisk.merge();

      assertThat(segments(onDisk)).isEqualTo(1);
      assertThat(ids(onDisk.candidates(features("phone", "+1 415 555 1017"), 1))).containsExactly("c17");
    }
  }

  private static int segments(CandidateIndex index) {
    return index.read(searcher -> searcher.getIndexReader().leaves().size());
  }

  @Test
  @DisplayName("term frequencies count the record being checked as one more customer")
  void termFrequencies() {
    for (int i = 0; i < 9; i++) {
      index.upsert("s" + i, features("given_name", "Ann", "family_name", i < 4 ? "Smith" : "Other" + (char) ('a' + i)));
    }

    double smith = index.read(s -> index.termFrequencies(s.getIndexReader())
        .relativeFrequency(Attribute.FAMILY_NAME, "smith"));
    double unseen = index.read(s -> index.termFrequencies(s.getIndexReader())
        .relativeFrequency(Attribute.FAMILY_NAME, "zabrowski"));

    assertThat(smith).isEqualTo(5 / 10.0);
    assertThat(unseen).isEqualTo(1 / 10.0);
  }
}
