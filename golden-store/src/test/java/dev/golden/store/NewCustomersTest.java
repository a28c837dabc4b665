package dev.golden.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.store.NewCustomers.Created;
import dev.golden.store.NewCustomers.Entry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

class NewCustomersTest {

    private static Entry entry(String sourceId, String name, String phone, List<Long> keptApartFrom) {
        Map<String, String> raw = Map.of("full_name", name, "phone", phone);
        Map<String, String> standardized = Map.of("full_name", name.toLowerCase(), "phone", phone.replace(" ", ""));
        return new Entry(new IncomingRecord("crm", sourceId, raw, standardized), keptApartFrom, "agent.wu");
    }

    @StoreTest
    @DisplayName("entries written together each become a customer that reads back exactly as returned")
    void createdCustomersReadBackAsReturned(Store store) {
        List<Created> created = store.newCustomers().createAll(List.of(
                entry("c-1", "Wang Xiaoming", "+86 138 0013 8000", List.of()),
                entry("c-2", "Li Na", "+86 139 0013 9000", List.of())));

        assertThat(created).hasSize(2);
        for (Created c : created) {
            assertThat(store.customers().find(c.customer().id())).contains(c.customer());
            assertThat(store.sourceRecords().find(c.record().id())).contains(c.record());
            assertThat(c.record().customerId()).contains(c.customer().id());
            assertThat(c.customer().values().get("phone").sourceRecordId()).contains(c.record().id());
        }
        assertThat(created.get(0).customer().value("full_name")).contains("wang xiaoming");
        assertThat(created.get(1).record().rawValues()).containsEntry("full_name", "Li Na");
    }

    @StoreTest
    @DisplayName("each created customer and its source record have their audit entry, by whoever entered it")
    void creationIsAudited(Store store) {
        Created created = store.newCustomers().createAll(List.of(entry("c-1", "Chan Tai Man", "+852 2345 6789",
                List.of()))).get(0);

        AuditEntry customer = store.auditLog().ofEntity("customer", Long.toString(created.customer().id()), 0, 10)
                .items().get(0);
        AuditEntry record = store.auditLog().ofEntity("source_record", Long.toString(created.record().id()), 0, 10)
                .items().get(0);

        assertThat(customer.action()).isEqualTo("create");
        assertThat(customer.actor()).isEqualTo("agent.wu");
        assertThat(customer.after().orElseThrow().at("/values/phone/value").asText()).isEqualTo("+85223456789");
        assertThat(record.action()).isEqualTo("receive");
        assertThat(record.after().orElseThrow().at("/customerId").asLong()).isEqualTo(created.customer().id());
    }

    @StoreTest
    @DisplayName("a source id sent before, or twice in one batch, is received again instead of violating its key")
    void knownSourceIdIsReceivedAgain(Store store) {
        Created first = store.newCustomers().createAll(List.of(entry("c-1", "Wang Xiaoming", "+86 138 0013 8000",
                List.of()))).get(0);

        List<Created> again = store.newCustomers().createAll(List.of(
                entry("c-1", "Wang Xiao Ming", "+86 138 0013 8000", List.of()),
                entry("c-1", "Wang Xiaoming Jr", "+86 138 0013 8000", List.of())));

        assertThat(again).extracting(c -> c.record().id()).containsOnly(first.record().id());
        assertThat(store.sourceRecords().find(first.record().id()).orElseThrow().rawValues())
                .containsEntry("full_name", "Wang Xiaoming Jr");
        assertThat(again.get(1).record().customerId()).contains(again.get(1).customer().id());
    }

    @StoreTest
    @DisplayName("'create anyway' remembers the person's 'not the same' for every candidate shown")
    void keptApartCandidatesAreRecordedAsDifferent(Store store) {
        Created shown = store.newCustomers().createAll(List.of(entry("c-1", "Li Na", "+86 139 0013 9000",
                List.of()))).get(0);

        Created anyway = store.newCustomers().createAll(List.of(entry("c-2", "Li Na", "+86 139 0013 9001",
                List.of(shown.customer().id())))).get(0);

        assertThat(store.links().of(LinkSubject.CUSTOMER, anyway.customer().id()))
                .singleElement().satisfies(link -> {
                    assertThat(link.kind()).isEqualTo(LinkKind.DIFFERENT);
                    assertThat(link.status()).isEqualTo(LinkStatus.ASSERTED);
                });
    }
}
