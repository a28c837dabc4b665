package dev.golden.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

class MergesTest {

    /** A customer made from one CRM record, as an import would make it. */
    private static Customer customerFrom(Store store, String sourceId, Map<String, String> values) {
        SourceRecord record = store.sourceRecords()
                .receive(new IncomingRecord("crm", sourceId, values, values), "import").record();
        Map<String, CustomerValue> golden = new java.util.LinkedHashMap<>();
        values.forEach((f, v) -> golden.put(f, CustomerValue.fromRecord(v, record.id(), record.receivedAt())));
        Customer customer = store.customers().create(golden, "import");
        store.sourceRecords().attach(record.id(), customer.id(), "import");
        return store.customers().find(customer.id()).orElseThrow();
    }

    @StoreTest
    @DisplayName("a merge moves the source records to the survivor, which fills its gaps from the others")
    void mergeFoldsOthersIntoSurvivor(Store store) {
        Customer wang = customerFrom(store, "1", Map.of("name", "王伟", "phone", "+8613912345678"));
        Customer wei = customerFrom(store, "2", Map.of("name", "Wang Wei", "email", "wang.wei@example.cn"));

        MergeEvent event = store.merges().merge(wang.id(), List.of(wei.id()), "steward");

        Customer survivor = store.customers().find(wang.id()).orElseThrow();
        assertThat(survivor.value("name")).contains("王伟");
        assertThat(survivor.value("email")).contains("wang.wei@example.cn");
        assertThat(store.sourceRecords().ofCustomer(wang.id())).hasSize(2);
        Customer merged = store.customers().find(wei.id()).orElseThrow();
        assertThat(merged.status()).isEqualTo(CustomerStatus.MERGED);
        assertThat(merged.mergedInto()).contains(wang.id());
        assertThat(event.mergedIds()).containsExactly(wei.id());
        assertThat(store.merges().ofSurvivor(wang.id())).containsExactly(event);
    }

    @StoreTest
    @DisplayName("unmerge restores the earlier golden records and their source records exactly")
    void unmergeRestoresExactly(Store store) {
        Customer wang = customerFrom(store, "1", Map.of("name", "王伟", "phone", "+8613912345678"));
        Customer wei = customerFrom(store, "2", Map.of("name", "Wang Wei", "email", "wang.wei@example.cn"));
        Customer third = customerFrom(store, "3", Map.of("name", "王 伟", "city", "北京"));
        List<SourceRecord> wangRecords = store.sourceRecords().ofCustomer(wang.id());
        List<SourceRecord> weiRecords = store.sourceRecords().ofCustomer(wei.id());
        List<SourceRecord> thirdRecords = store.sourceRecords().ofCustomer(third.id());
        MergeEvent event = store.merges().merge(wang.id(), List.of(wei.id(), third.id()), "steward");

        List<Customer> restored = store.merges().unmerge(event.id(), "steward", false);

        assertThat(restored).extracting(Customer::id).containsExactly(wang.id(), wei.id(), third.id());
        for (Customer before : List.of(wang, wei, third)) {
            Customer after = store.customers().find(before.id()).orElseThrow();
            assertThat(after.status()).isEqualTo(before.status());
            assertThat(after.mergedInto()).isEqualTo(before.mergedInto());
            assertThat(after.values()).isEqualTo(before.values());
            assertThat(after.createdAt()).isEqualTo(before.createdAt());
            assertThat(after.version()).isGreaterThan(before.version());
        }
        assertThat(store.sourceRecords().ofCustomer(wang.id())).isEqualTo(wangRecords);
        assertThat(store.sourceRecords().ofCustomer(wei.id())).isEqualTo(weiRecords);
        assertThat(store.sourceRecords().ofCustomer(third.id())).isEqualTo(thirdRecords);
        assertThat(store.merges().find(event.id()).orElseThrow().undoneBy()).contains("steward");
    }

    @StoreTest
    @DisplayName("unmerge can remember the decision, and then no merge joins the two again")
    void unmergeKeepsApart(Store store) {
        Customer a = customerFrom(store, "1", Map.of("name", "李娜"));
        Customer b = customerFrom(store, "2", Map.of("name", "李娜"));
        MergeEvent event = store.merges().merge(a.id(), List.of(b.id()), "model-3");

        store.merges().unmerge(event.id(), "steward", true);

        assertThat(store.links().keptApart(LinkSubject.CUSTOMER, a.id(), b.id())).isTrue();
        assertThat(store.links().infer(LinkSubject.CUSTOMER, a.id(), b.id(), LinkKind.SAME, 0.99, "model-3")).isEmpty();
        assertThatThrownBy(() -> store.merges().merge(a.id(), List.of(b.id()), "model-3"))
                .isInstanceOf(StateConflictException.class);
    }

    @StoreTest
    @DisplayName("records that arrived after the merge stay with the survivor on unmerge")
    void laterRecordsStayWithSurvivor(Store store) {
        Customer a = customerFrom(store, "1", Map.of("name", "Ana"));
        Customer b = customerFrom(store, "2", Map.of("name", "Anna"));
        MergeEvent event = store.merges().merge(a.id(), List.of(b.id()), "steward");
        SourceRecord later = store.sourceRecords().receive(
                new IncomingRecord("shop", "9", Map.of("name", "Ana"), Map.of("name", "Ana")), "import").record();
        store.sourceRecords().attach(later.id(), a.id(), "import");

        store.merges().unmerge(event.id(), "steward", false);

        assertThat(store.sourceRecords().ofCustomer(a.id())).extracting(SourceRecord::sourceId)
                .containsExactlyInAnyOrder("1", "9");
    }

    @StoreTest
    @DisplayName("a merge cannot be undone twice, nor before the merges that build on it")
    void unmergeOrder(Store store) {
        Customer a = customerFrom(store, "1", Map.of("name", "A"));
        Customer b = customerFrom(store, "2", Map.of("name", "B"));
        Customer c = customerFrom(store, "3", Map.of("name", "C"));
        MergeEvent first = store.merges().merge(a.id(), List.of(b.id()), "steward");
        MergeEvent second = store.merges().merge(a.id(), List.of(c.id()), "steward");

        assertThatThrownBy(() -> store.merges().unmerge(first.id(), "steward", false))
                .isInstanceOf(StateConflictException.class);
        store.merges().unmerge(second.id(), "steward", false);
        store.merges().unmerge(first.id(), "steward", false);
        assertThatThrownBy(() -> store.merges().unmerge(first.id(), "steward", false))
                .isInstanceOf(StateConflictException.class);
        assertThat(store.customers().countActive()).isEqualTo(3);
    }

    @StoreTest
    @DisplayName("merge and unmerge are audited for every customer they touch")
    void mergesAreAudited(Store store) {
        Customer a = customerFrom(store, "1", Map.of("name", "A"));
        Customer b = customerFrom(store, "2", Map.of("name", "B"));
        MergeEvent event = store.merges().merge(a.id(), List.of(b.id()), "steward");
        store.merges().unmerge(event.id(), "steward", false);

        assertThat(store.auditLog().ofEntity("customer", String.valueOf(b.id()), 0, 10).items())
                .extracting(AuditEntry::action).containsExactly("create", "merge", "unmerge");
        assertThat(store.auditLog().ofEntity("merge_event", String.valueOf(event.id()), 0, 10).items())
                .extracting(AuditEntry::action).containsExactly("merge", "unmerge");
    }
}
