package dev.golden.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;

class LinksTest {

    @StoreTest
    @DisplayName("a person's 'not the same' is never overridden by a later automatic run")
    void assertedDifferentSurvivesInference(Store store) {
        MatchLink decided = store.links().decide(LinkSubject.RECORD, 42, 7, LinkKind.DIFFERENT, "carol");

        assertThat(store.links().infer(LinkSubject.RECORD, 7, 42, LinkKind.SAME, 0.97, "model-3")).isEmpty();
        assertThat(store.links().find(LinkSubject.RECORD, 42, 7)).contains(decided);
        assertThat(store.links().keptApart(LinkSubject.RECORD, 7, 42)).isTrue();
    }

    @StoreTest
    @DisplayName("the model refines its own links, and may decide again once a person retracts")
    void inferenceRefinesInferredAndRetracted(Store store) {
        store.links().infer(LinkSubject.CUSTOMER, 1, 2, LinkKind.POSSIBLY_SAME, 0.6, "model-3");
        MatchLink refined = store.links().infer(LinkSubject.CUSTOMER, 2, 1, LinkKind.SAME, 0.95, "model-4").orElseThrow();
        assertThat(refined.kind()).isEqualTo(LinkKind.SAME);
        assertThat(refined.probability()).contains(0.95);
        assertThat(refined.leftId()).isEqualTo(1);

        store.links().decide(LinkSubject.CUSTOMER, 1, 2, LinkKind.DIFFERENT, "carol");
        store.links().retract(LinkSubject.CUSTOMER, 1, 2, "carol");

        assertThat(store.links().infer(LinkSubject.CUSTOMER, 1, 2, LinkKind.SAME, 0.9, "model-4")).isPresent();
        assertThat(store.links().of(LinkSubject.CUSTOMER, 2)).hasSize(1);
        assertThat(store.auditLog().ofEntity("match_link", String.valueOf(refined.id()), 0, 10).items())
                .extracting(AuditEntry::action).containsExactly("infer", "infer", "decide", "retract", "infer");
    }

    @StoreTest
    @DisplayName("records and customers with the same ids are different pairs")
    void subjectsAreSeparate(Store store) {
        store.links().decide(LinkSubject.RECORD, 1, 2, LinkKind.DIFFERENT, "carol");
        assertThat(store.links().infer(LinkSubject.CUSTOMER, 1, 2, LinkKind.SAME, 0.9, "model")).isPresent();
    }
}
