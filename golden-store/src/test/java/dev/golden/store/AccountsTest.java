package dev.golden.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
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
    @DisplayName("a factory's subtree lists it, then its branch plants, then their workshops; a branch's only its own")
    void subtree(Store store) {
        Account factory = store.accounts().create("Northwind Manufacturing", "steward");
        Account ohio = store.accounts().createUnder(factory.id(), "Northwind – Dayton plant", "steward");
        Account guangdong = store.accounts().createUnder(factory.id(), "Northwind 东莞分厂", "steward");
        Account paint = store.accounts().createUnder(ohio.id(), "Dayton paint shop", "steward");
        Account other = store.accounts().create("Contoso Ltd", "steward");
        store.accounts().createUnder(other.id(), "Contoso Perth", "steward");

        assertThat(store.accounts().subtree(factory.id())).containsExactly(factory, ohio, guangdong, paint);
        assertThat(store.accounts().subtree(guangdong.id())).containsExactly(guangdong);
        assertThat(store.accounts().subtree(-1)).isEmpty();
    }

    @StoreTest
    @DisplayName("the contacts under a factory are those at it and at every plant beneath it, up to the limit")
    void contactsUnder(Store store) {
        Account factory = store.accounts().create("华南电子制造有限公司", "steward");
        Account dongguan = store.accounts().createUnder(factory.id(), "华南电子 东莞分厂", "steward");
        Account shenzhen = store.accounts().createUnder(factory.id(), "华南电子 深圳分厂", "steward");
        Contact ceo = store.accounts().addContact(factory.id(), "李娜", "总经理", "steward");
        Contact buyer = store.accounts().addContact(dongguan.id(), "周杰", "采购经理", "steward");
        Contact engineer = store.accounts().addContact(shenzhen.id(), "Chen Wei", "Plant engineer", "steward");
        Account elsewhere = store.accounts().create("Contoso Ltd", "steward");
        store.accounts().addContact(elsewhere.id(), "Mary Smith", "", "steward");

        assertThat(store.accounts().contactsUnder(factory.id(), 10)).containsExactly(ceo, buyer, engineer);
        assertThat(store.accounts().contactsUnder(factory.id(), 2)).containsExactly(ceo, buyer);
        assertThat(store.accounts().contactsUnder(dongguan.id(), 10)).containsExactly(buyer);
    }

    @StoreTest
    @DisplayName("a person's contacts include those of customers merged into them, and no longer after an unmerge")
    void contactsOfCustomer(Store store) {
        Account factory = store.accounts().create("华南电子制造有限公司", "steward");
        Account dongguan = store.accounts().createUnder(factory.id(), "华南电子 东莞分厂", "steward");
        Customer zhou = store.customers().create(Map.of("full_name", CustomerValue.of("周杰")), "steward");
        Customer zhouAgain = store.customers().create(Map.of("full_name", CustomerValue.of("Zhou Jie")), "steward");
        Customer someoneElse = store.customers().create(Map.of("full_name", CustomerValue.of("李娜")), "steward");
        Contact atFactory = store.accounts().linkContact(
                store.accounts().addContact(factory.id(), "周杰", "董事", "steward").id(), zhou.id(), "steward");
        Contact atPlant = store.accounts().linkContact(
                store.accounts().addContact(dongguan.id(), "Zhou Jie", "Purchasing manager", "steward").id(),
                zhouAgain.id(), "steward");
        store.accounts().linkContact(
                store.accounts().addContact(dongguan.id(), "李娜", "厂长", "steward").id(), someoneElse.id(), "steward");

        assertThat(store.accounts().contactsOfCustomer(zhou.id())).containsExactly(atFactory);

        MergeEvent merge = store.merges().merge(zhou.id(), List.of(zhouAgain.id()), "steward");
        assertThat(store.accounts().contactsOfCustomer(zhou.id())).containsExactly(atFactory, atPlant);

        store.merges().unmerge(merge.id(), "steward", false);
        assertThat(store.accounts().contactsOfCustomer(zhou.id())).containsExactly(atFactory);
        assertThat(store.accounts().contactsOfCustomer(zhouAgain.id())).containsExactly(atPlant);
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
