package dev.golden.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.record.Attribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The changes a searcher reopened in the background does not show yet")
class UnseenChangesTest {
  private final UnseenChanges unseen = new UnseenChanges();

  private static final Map<Attribute, String> ANNA = Map.of(Attribute.GIVEN_NAME, "anna", Attribute.FAMILY_NAME,
      "liang", Attribute.PHONE, "+442079460958");
  private static final Map<Attribute, String> MARY = Map.of(Attribute.GIVEN_NAME, "mary", Attribute.FAMILY_NAME,
      "jones", Attribute.PHONE, "+12125550199");

  private void upsert(String customerId, Map<Attribute, String> features) {
    unseen.upserted(customerId, features, IndexFields.document(customerId, features));
  }

  private static Query phone(String phone) {
    return new TermQuery(new Term(IndexFields.exact(Attribute.PHONE), phone));
  }

  private static Query anyOf(Query... clauses) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (Query clause : clauses) {
      query.add(clause, BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  private static Candidate found(String customerId) {
    return new Candidate(customerId, 1f, Map.of(Attribute.GIVEN_NAME, "outdated"));
  }

  private static List<String> ids(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::customerId).toList();
  }

  @Test
  @DisplayName("a customer changed before a snapshot is in it; one changed after is not")
  void snapshotAtOneMoment() {
    UnseenChanges.Snapshot before = unseen.snapshot();
    upsert("c-anna", ANNA);
    UnseenChanges.Snapshot after = unseen.snapshot();

    assertThat(ids(before.merge(List.of(), phone("+442079460958")))).isEmpty();
    assertThat(ids(after.merge(List.of(), phone("+442079460958")))).containsExactly("c-anna");
  }

  @Test
  @DisplayName("a change is found by a shared term or by a fuzzy clause, a customer sharing nothing is not")
  void matchedByTermOrPattern() {
    upsert("c-anna", ANNA);
    upsert("c-mary", MARY);
    UnseenChanges.Snapshot changes = unseen.snapshot();

    assertThat(ids(changes.merge(List.of(), phone("+12125550199")))).containsExactly("c-mary");
    assertThat(ids(changes.merge(List.of(), CandidateQueries.fuzzy(IndexFields.NAME, "laing"))))
        .as("one transposition from liang").containsExactly("c-anna");
    assertThat(ids(changes.merge(List.of(), anyOf(phone("+12125550199"), CandidateQueries.fuzzy(IndexFields.NAME, "aena")))))
        .as("oldest change first").containsExactly("c-anna", "c-mary");
    assertThat(ids(changes.merge(List.of(), phone("+15550000000")))).isEmpty();
  }

  @Test
  @DisplayName("the searcher's copy of a changed customer gives way to the change; a removed one is dropped")
  void outdatedCopiesReplaced() {
    upsert("c-anna", ANNA);
    unseen.deleted("c-mary");

    List<Candidate> merged = unseen.snapshot()
        .merge(List.of(found("c-mary"), found("c-anna"), found("c-bob")), phone("+442079460958"));

    assertThat(ids(merged)).containsExactly("c-bob", "c-anna");
    assertThat(merged.get(1).features()).isEqualTo(ANNA);
    assertThat(merged.get(1).score()).isZero();
  }

  @Test
  @DisplayName("a customer changed twice is found once, as it is now")
  void latestChangeWins() {
    upsert("c-anna", ANNA);
    upsert("c-mary", MARY);
    upsert("c-anna", Map.of(Attribute.GIVEN_NAME, "anna", Attribute.PHONE, "+12125550199"));

    List<Candidate> merged = unseen.snapshot().merge(List.of(), anyOf(phone("+442079460958"), phone("+12125550199")));

    assertThat(ids(merged)).containsExactly("c-mary", "c-anna");
    assertThat(merged.get(1).features()).doesNotContainKey(Attribute.FAMILY_NAME);
  }

  @Test
  @DisplayName("a reopen forgets the changes made before it began and keeps those made since")
  void seenFromReopen() {
    upsert("c-anna", ANNA);
    long reopen = unseen.beforeReopen();
    upsert("c-mary", MARY);
    unseen.seenFrom(reopen);

    Query both = anyOf(phone("+442079460958"), phone("+12125550199"));
    assertThat(ids(unseen.snapshot().merge(List.of(found("c-anna")), both)))
        .as("c-anna is in the reopened searcher").containsExactly("c-anna", "c-mary");
    assertThat(unseen.snapshot().merge(List.of(found("c-anna")), both).get(0).score()).isEqualTo(1f);

    unseen.seenFrom(unseen.beforeReopen());
    assertThat(unseen.isEmpty()).isTrue();
  }

  @Test
  @DisplayName("a look-up on any thread sees every change made before it began")
  void changesSeenAcrossThreads() throws Exception {
    int customers = 2_000;
    AtomicInteger written = new AtomicInteger();
    Query nothing = phone("none");
    List<CompletableFuture<List<String>>> readers = new ArrayList<>();
    for (int r = 0; r < 2; r++) {
      readers.add(CompletableFuture.supplyAsync(() -> {
        List<String> missed = new ArrayList<>();
        int seen = 0;
        while (seen < customers) {
          seen = written.get();
          // Every customer written before the snapshot was taken must hide its searcher copy.
          List<Candidate> searcher = new ArrayList<>();
          for (int i = Math.max(0, seen - 20); i < seen; i++) {
            searcher.add(found("c" + i));
          }
          List<String> kept = ids(unseen.snapshot().merge(searcher, nothing));
          missed.addAll(kept);
        }
        return missed;
      }));
    }
    for (int i = 0; i < customers; i++) {
      upsert("c" + i, Map.of(Attribute.PHONE, "+1415555" + i));
      written.set(i + 1);
    }
    for (CompletableFuture<List<String>> reader : readers) {
      assertThat(reader.get()).isEmpty();
    }
  }
}
