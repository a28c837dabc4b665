package dev.golden.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golden.match.Explanation;
import dev.golden.match.MatchModel;
import dev.golden.synth.SyntheticRecord;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@DisplayName("Duplicate prevention on entry")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuplicateCheckTest {
  private CandidateIndex index;
  private DuplicateCheck check;
  private MatchModel model;
  /** First records of the synthetic customers that have duplicates, and one duplicate of each. */
  private final List<SyntheticRecord> duplicates = new java.util.ArrayList<>();
  private final Map<Long, String> indexedIdOfEntity = new HashMap<>();

  @BeforeAll
  void indexCustomers() {
    model = TrainedModel.get();
    index = CandidateIndex.inMemory();
    check = DuplicateCheck.builder(model, index, TrainedModel.STANDARDIZATION).build();
    // Each customer's first record is in the store; its later records arrive one by one.
    TrainedModel.CUSTOMERS.stream().forEach(record -> {
      if (!record.duplicate()) {
        index.upsert(record.recordId(), check.features(record.fields()));
        indexedIdOfEntity.put(record.entityId(), record.recordId());
      } else if (record.copy() == 1) {
        duplicates.add(record);
      }
    });
    index.upsert("c-smith", check.features(smith()));
    index.upsert("c-zhang", check.features(Map.of("full_name", "张伟", "phone", "+86 138 0013 8000",
        "street_address", "朝阳区建国路88号", "city", "北京", "country", "CN")));
    index.upsert("c-zhang-pinyin", check.features(Map.of("given_name", "Wei", "family_name", "Zhang",
        "email", "zhang.wei@example.cn", "city", "Shanghai", "country", "CN")));
  }

  @AfterAll
  void close() {
    index.close();
  }

  private static Map<String, String> smith() {
    return Map.of("given_name", "Jonathan", "family_name", "Smithers", "phone", "+1 415 555 0134",
        "email", "jonathan.smithers@example.com", "street_address", "1200 Market Street", "city", "San Francisco",
        "postcode", "94102", "country", "US", "date_of_birth", "1978-03-14");
  }

  private static List<String> ids(List<? extends Object> items) {
    return items.stream().map(i -> i instanceof Suggestion s ? s.customerId() : ((Candidate) i).customerId()).toList();
  }

  private List<Suggestion> suggestions(Map<String, String> record) {
    return check.check(record).suggestions();
  }

  @Nested
  @DisplayName("check")
  class Check {
    @Test
    @DisplayName("a typo'd name with the same phone finds the customer, with a per-field explanation")
    void typoAndSamePhone() {
      List<Suggestion> found = suggestions(Map.of("given_name", "Jonathon", "family_name", "Smithres",
          "phone", "415-555-0134", "country", "US"));

      assertThat(ids(found)).first().isEqualTo("c-smith");
      Suggestion best = found.get(0);
      assertThat(best.matchProbability()).isGreaterThanOrEqualTo(model.reviewThreshold());
      Explanation explanation = best.explanation();
      assertThat(explanation.idB()).isEqualTo("c-smith");
      assertThat(explanation.steps()).anySatisfy(step -> {
        assertThat(step.comparison()).isEqualTo("phone");
        assertThat(step.level()).isEqualTo("exact");
        assertThat(step.total()).isPositive();
      });
      assertThat(explanation.matchWeight()).isEqualTo(best.matchWeight());
    }

    @Test
    @DisplayName("a phone written in another format finds the record")
    void phoneInAnotherFormat() {
      List<Suggestion> found = suggestions(Map.of("full_name", "Jonathan Smithers", "phone", "(415) 555 01 34",
          "country", "US"));

      assertThat(ids(found)).first().isEqualTo("c-smith");
    }

    @Test
    @DisplayName("張偉 with the same phone is the customer entered as 张伟")
    void traditionalHanName() {
      List<Suggestion> found = suggestions(Map.of("full_name", "張偉", "phone", "138-0013-8000", "country", "CN"));

      assertThat(ids(found)).first().isEqualTo("c-zhang");
    }

    @Test
    @DisplayName("a different person of the same household is at most a pair for review, never a likely match")
    void household() {
      List<Suggestion> found = suggestions(Map.of("given_name", "Margaret", "family_name", "Smithers",
          "phone", "+1 415 555 0134", "street_address", "1200 Market Street", "city", "San Francisco",
          "postcode", "94102", "country", "US", "date_of_birth", "1981-11-02"));

      assertThat(found).filteredOn(s -> s.customerId().equals("c-smith"))
          .allSatisfy(s -> assertThat(s.matchProbability()).isLessThan(model.matchThreshold()));
    }

    @Test
    @DisplayName("a new customer who shares nothing distinctive with anyone is no likely duplicate")
    void noDuplicate() {
      CheckResult result = check.check(Map.of("given_name", "Olufemi", "family_name", "Adeyemi-Okonkwo",
          "phone", "+44 20 7946 0321", "email", "olufemi.adeyemi@example.org", "country", "GB"));

      assertThat(result).isInstanceOf(CheckResult.NoLikelyDuplicate.class);
    }

    @Test
    @DisplayName("suggestions are ordered best first and none is below the review threshold")
    void orderAndThreshold() {
      for (SyntheticRecord duplicate : duplicates.subList(0, 100)) {
        List<Suggestion> found = suggestions(duplicate.fields());
        assertThat(found).extracting(Suggestion::matchWeight).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(found).allSatisfy(s -> assertThat(s.matchProbability()).isGreaterThanOrEqualTo(model.reviewThreshold()));
      }
    }

    @Test
    @DisplayName("nine in ten synthetic duplicates (typos, nicknames, pinyin, other formats) find their customer")
    void recallOnSyntheticDuplicates() {
      int found = 0;
      for (SyntheticRecord duplicate : duplicates) {
        String customer = indexedIdOfEntity.get(duplicate.entityId());
        if (ids(suggestions(duplicate.fields())).contains(customer)) {
          found++;
        }
      }

      assertThat(duplicates).hasSizeGreaterThan(300);
      assertThat(found / (double) duplicates.size()).isGreaterThan(0.9);
    }

    @Test
    @DisplayName("a field the dictionary does not know is refused, naming it")
    void unknownField() {
      assertThatThrownBy(() -> check.check(Map.of("shoe_size", "44"))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("shoe_size");
    }
  }

  @Nested
  @DisplayName("in a store that is still small")
  class SmallStore {
    @Test
    @DisplayName("the same record entered again into a store of one customer is a likely duplicate of it")
    void sameRecordAgainstOneCustomer() {
      try (CandidateIndex one = CandidateIndex.inMemory()) {
        DuplicateCheck small = DuplicateCheck.builder(model, one, TrainedModel.STANDARDIZATION).build();
        Map<String, String> jonathan = Map.of("given_name", "Jonathan", "family_name", "Smithers",
            "phone", "+1 415 555 0134", "email", "jonathan.smithers@example.com", "city", "San Francisco",
            "country", "US");
        one.upsert("c-smith", small.features(jonathan));

        List<Suggestion> found = small.check(jonathan).suggestions();

        assertThat(ids(found)).containsExactly("c-smith");
        assertThat(found.get(0).matchProbability()).isGreaterThanOrEqualTo(model.matchThreshold());
      }
    }

    @Test
    @DisplayName("a typo'd name with the same phone is found among a handful of customers")
    void typoAmongAHandful() {
      try (CandidateIndex few = CandidateIndex.inMemory()) {
        DuplicateCheck small = DuplicateCheck.builder(model, few, TrainedModel.STANDARDIZATION).build();
        few.upsert("c-smith", small.features(smith()));
        few.upsert("c-zhang", small.features(Map.of("full_name", "张伟", "phone", "+86 138 0013 8000",
            "city", "北京", "country", "CN")));
        few.upsert("c-adeyemi", small.features(Map.of("given_name", "Olufemi", "family_name", "Adeyemi",
            "phone", "+44 20 7946 0321", "country", "GB")));

        List<Suggestion> found = small.check(Map.of("given_name", "Jonathon", "family_name", "Smithres",
            "phone", "415-555-0134", "city", "San Francisco", "country", "US")).suggestions();

        assertThat(ids(found)).containsExactly("c-smith");
      }
    }
  }

  @Nested
  @DisplayName("search for a call-centre agent")
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Search {
    /** A store small enough that "Zhang Wei" is not one of hundreds. */
    private final CandidateIndex small = CandidateIndex.inMemory();
    private final DuplicateCheck check = DuplicateCheck.builder(TrainedModel.get(), small, TrainedModel.STANDARDIZATION)
        .build();

    @BeforeAll
    void indexCustomers() {
      small.upsert("c-smith", check.features(smith()));
      small.upsert("c-zhang", check.features(Map.of("full_name", "张伟", "phone", "+86 138 0013 8000", "city", "北京")));
      small.upsert("c-zhang-pinyin", check.features(Map.of("given_name", "Wei", "family_name", "Zhang",
          "email", "zhang.wei@example.cn", "city", "Shanghai")));
      small.upsert("c-wang", check.features(Map.of("full_name", "王芳", "phone", "+86 139 1234 5678")));
      small.upsert("c-smithson", check.features(Map.of("given_name", "Peter", "family_name", "Smithson")));
      TrainedModel.CUSTOMERS.stream().limit(300).forEach(r -> small.upsert(r.recordId(), check.features(r.fields())));
    }

    @AfterAll
    void close() {
      small.close();
    }

    @Test
    @DisplayName("a phone in any format")
    void byPhone() {
      assertThat(ids(check.search("+1 (415) 555-0134", 5))).first().isEqualTo("c-smith");
      assertThat(ids(check.search("415.555.0134", 5))).first().isEqualTo("c-smith");
      assertThat(ids(check.search("13800138000", 5))).first().isEqualTo("c-zhang");
    }

    @Test
    @DisplayName("an email, whole or its beginning")
    void byEmail() {
      assertThat(ids(check.search("Jonathan.Smithers@Example.com", 5))).containsExactly("c-smith");
      assertThat(ids(check.search("jonathan.smithers@", 5))).containsExactly("c-smith");
    }

    @Test
    @DisplayName("a name fragment, with a typo, in Latin script or pinyin")
    void byNameFragment() {
      assertThat(ids(check.search("Smithers", 5))).first().isEqualTo("c-smith");
      assertThat(ids(check.search("jonathan smithres", 5))).first().isEqualTo("c-smith");
      assertThat(ids(check.search("Smith", 10))).contains("c-smith");
      assertThat(ids(check.search("zhang wei", 10))).contains("c-zhang", "c-zhang-pinyin");
    }

    @Test
    @DisplayName("張偉 finds 张伟 and Zhang Wei")
    void byChineseName() {
      assertThat(ids(check.search("張偉", 10))).contains("c-zhang", "c-zhang-pinyin").first().isEqualTo("c-zhang");
    }

    @Test
    @DisplayName("a blank query finds nothing")
    void blank() {
      assertThat(check.search("  ", 5)).isEmpty();
    }

    @Test
    @DisplayName("free text is read as the kind of key it is")
    void kinds() {
      assertThat(FreeTextQuery.kindOf("anna@example.com")).isEqualTo(FreeTextQuery.Kind.EMAIL);
      assertThat(FreeTextQuery.kindOf("(02) 9374 4000")).isEqualTo(FreeTextQuery.Kind.PHONE);
      assertThat(FreeTextQuery.kindOf("+86 138-0013-8000")).isEqualTo(FreeTextQuery.Kind.PHONE);
      assertThat(FreeTextQuery.kindOf("張偉")).isEqualTo(FreeTextQuery.Kind.HAN_NAME);
      assertThat(FreeTextQuery.kindOf("O'Neil")).isEqualTo(FreeTextQuery.Kind.NAME);
      assertThat(FreeTextQuery.kindOf("Flat 12")).isEqualTo(FreeTextQuery.Kind.NAME);
    }
  }
}
