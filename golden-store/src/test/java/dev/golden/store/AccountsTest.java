package dev.golden.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

class AccountsTest {

    @StoreTest
    @DisplayName("a factory's branch plants form a hierarchy, and contacts link to golden records")
    void hierarchyAndContacts(Store store) {
        Account factory = store.accounts().create("华南电子制造有限公司", "steward");
        Account dongguan = store.accounts().createUnder(factory.id(), "华南电子 东莞分厂", "steward");
        Account shift = store.accounts().createUnder(dongguan.id(), "东莞分厂 二车间", "steward");

        assertThat(store.accounts().children(factory.id())).containsExactly(dongguan);
        assertThat(store.accounts().lineage(shift.id())).containsExactly(shift, dongguan, factory);

        Customer person = store.customers().create(Map.of("name", CustomerValue.of("周杰")), "steward");
        Contact contact = store.accounts().addContact(dongguan.id(), "周杰", "采购经理", "steward");
        Contact linked = store.accounts().linkContact(contact.id(), person.id(), "steward");

        assertThat(contact.customerId()).isEmpty();
        assertThat(linked.customerId()).contains(person.id());
        assertThat(linked.jobTitle()).contains("采购经理");
        assertThat(store.accounts().contacts(dongguan.id())).containsExactly(linked);
    }

    @StoreTest
    @DisplayName("quality snapshots and match models are kept over time, the newest one first")
    void snapshotsAndModels(Store store, TestClock clock) {
        ObjectNode march = Json.object().put("uniqueCustomers", 1200).put("duplicateRate", 0.031);
        store.qualitySnapshots().take(march);
        clock.advance(java.time.Duration.ofDays(30));
        ObjectNode april = Json.object().put("uniqueCustomers", 1180).put("duplicateRate", 0.012);
        QualitySnapshot latest = store.qualitySnapshots().take(april);

        assertThat(store.qualitySnapshots().latest()).contains(latest);
        assertThat(store.qualitySnapshots().between(clock.instant().minusSeconds(60 * 86400), clock.instant().plusSeconds(1)))
                .extracting(s -> s.metrics().get("uniqueCustomers").asInt()).containsExactly(1200, 1180);

        store.models().save("{\"version\":1}", "trainer");
        StoredModel second = store.models().save("{\"version\":2,\"名\":\"模型\"}", "trainer");
        assertThat(store.models().latest()).contains(second);
    }
}
