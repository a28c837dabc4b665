package dev.golden.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

class CustomersTest {

    private static Map<String, CustomerValue> acme() {
        return Map.of("company_name", CustomerValue.of("Acme Trading Ltd"),
                "phone", CustomerValue.of("+85223456789"));
    }

    @StoreTest
    @DisplayName("two stewards edit the same customer: the second gets a conflict, not a lost update")
    void secondConcurrentEditIsRefused(Store store) {
        Customer read = store.customers().create(acme(), "import");
        Map<String, CustomerValue> alice = new LinkedHashMap<>(read.values());
        alice.put("phone", CustomerValue.of("+85223456780"));
        Map<String, CustomerValue> bob = new LinkedHashMap<>(read.values());
        bob.put("company_name", CustomerValue.of("ACME Trading Limited"));

        Customer afterAlice = store.customers().update(read.id(), read.version(), alice, "alice");

        assertThatThrownBy(() -> store.customers().update(read.id(), read.version(), bob, "bob"))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(read.version());
                    assertThat(e.actualVersion()).isEqualTo(afterAlice.version());
                });
        assertThat(store.customers().find(read.id())).contains(afterAlice);
        assertThat(afterAlice.value("phone")).contains("+85223456780");
    }

    @StoreTest
    @DisplayName("every change writes an audit entry with who, what, before and after")
    void changesAreAudited(Store store, TestClock clock) {
        Customer created = store.customers().create(acme(), "import");
        clock.advance(Duration.ofMinutes(5));
        Map<String, CustomerValue> edited = new LinkedHashMap<>(created.values());
        edited.put("phone", CustomerValue.of("+85223456780"));
        Customer updated = store.customers().update(created.id(), created.version(), edited, "alice");
        store.customers().retire(updated.id(), updated.version(), "bob");

        Page<AuditEntry> history = store.auditLog().ofEntity("customer", String.valueOf(created.id()), 0, 10);

        assertThat(history.items()).extracting(AuditEntry::action).containsExactly("create", "update", "retire");
        assertThat(history.items()).extracting(AuditEntry::actor).containsExactly("import", "alice", "bob");
        AuditEntry update = history.items().get(1);
        assertThat(update.at()).isEqualTo(created.createdAt().plus(Duration.ofMinutes(5)));
        assertThat(update.before().orElseThrow().at("/values/phone/value").asText()).isEqualTo("+85223456789");
        assertThat(update.after().orElseThrow().at("/values/phone/value").asText()).isEqualTo("+85223456780");
        assertThat(history.items().get(0).before()).isEmpty();
    }

    @StoreTest
    @DisplayName("the audit log pages through an entity's history in order")
    void auditLogPages(Store store) {
        Customer c = store.customers().create(acme(), "import");
        for (int i = 0; i < 4; i++) {
            c = store.customers().verify(c.id(), c.version(), "phone", "agent" + i);
        }
        Page<AuditEntry> second = store.auditLog().ofEntity("customer", String.valueOf(c.id()), 2, 2);
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.items()).extracting(AuditEntry::actor).containsExactly("agent1", "agent2");
        assertThat(second.hasMore()).isTrue();
    }

    @StoreTest
    @DisplayName("values never verified or verified before the cutoff are due, oldest first")
    void staleValuesAreListed(Store store, TestClock clock) {
        Instant start = clock.instant();
        Customer old = store.customers().create(Map.of("phone",
                CustomerValue.of("+8613912345678").verifiedAt(start.minus(Duration.ofDays(400)))), "import");
        Customer never = store.customers().create(Map.of("phone", CustomerValue.of("+8613800000000")), "import");
        store.customers().create(Map.of("phone",
                CustomerValue.of("+8613711111111").verifiedAt(start.minus(Duration.ofDays(10)))), "import");

        assertThat(store.customers().stale("phone", start.minus(Duration.ofDays(365)), 10))
                .extracting(StaleValue::customerId).containsExactly(never.id(), old.id());

        store.customers().verify(old.id(), old.version(), "phone", "agent");
        assertThat(store.customers().stale("phone", start.minus(Duration.ofDays(365)), 10))
                .extracting(StaleValue::customerId).containsExactly(never.id());
    }

    @StoreTest
    @DisplayName("lineage and verification time of each value are kept")
    void valuesKeepLineage(Store store, TestClock clock) {
        SourceRecord record = store.sourceRecords().receive(new IncomingRecord("crm", "7",
                Map.of("Name", "陈大文"), Map.of("person_name", "陈大文")), "import").record();
        Customer c = store.customers().create(Map.of("person_name",
                CustomerValue.fromRecord("陈大文", record.id(), clock.instant())), "import");

        CustomerValue value = store.customers().find(c.id()).orElseThrow().values().get("person_name");
        assertThat(value.sourceRecordId()).contains(record.id());
        assertThat(value.verifiedAt()).contains(clock.instant());
    }

    @StoreTest
    @DisplayName("walking all active customers by id visits each once")
    void walksActiveCustomers(Store store) {
        for (int i = 0; i < 5; i++) {
            store.customers().create(Map.of("n", CustomerValue.of("c" + i)), "import");
        }
        var first = store.customers().activeAfter(0, 3);
        var rest = store.customers().activeAfter(first.get(2).id(), 3);
        assertThat(first).hasSize(3);
        assertThat(rest).extracting(c -> c.value("n").orElseThrow()).containsExactly("c3", "c4");
    }

    @StoreTest
    @DisplayName("several customers are read together in the order asked, unknown ids left out")
    void findsSeveralInTheOrderAsked(Store store) {
        Customer acme = store.customers().create(acme(), "alice");
        Customer wing = store.customers().create(Map.of("full_name", CustomerValue.of("Wing Chan")), "alice");

        var found = store.customers().findAll(List.of(wing.id(), 987_654L, acme.id()));

        assertThat(found).extracting(Customer::id).containsExactly(wing.id(), acme.id());
        assertThat(found.get(0).value("full_name")).contains("Wing Chan");
        assertThat(found.get(1)).isEqualTo(store.customers().find(acme.id()).orElseThrow());
    }
}
