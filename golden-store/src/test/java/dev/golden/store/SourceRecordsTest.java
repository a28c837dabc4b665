package dev.golden.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

class SourceRecordsTest {

    private static IncomingRecord crmRecord(String name, String phone) {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("Kundenname", name);
        raw.put("Telefon", phone);
        return new IncomingRecord("crm", "C-1001", raw, Map.of("name", name.trim(), "phone", phone.replace(" ", "")));
    }

    @StoreTest
    @DisplayName("re-importing a source id updates the record in place instead of adding a second one")
    void reimportUpdatesInPlace(Store store, TestClock clock) {
        Received first = store.sourceRecords().receive(crmRecord("Müller GmbH", "+49 30 1234567"), "import");
        clock.advance(Duration.ofDays(1));
        Received again = store.sourceRecords().receive(crmRecord("Müller GmbH & Co. KG", "+49 30 1234567"), "import");

        assertThat(first.outcome()).isEqualTo(Received.Outcome.CREATED);
        assertThat(again.outcome()).isEqualTo(Received.Outcome.UPDATED);
        assertThat(again.record().id()).isEqualTo(first.record().id());
        assertThat(again.record().version()).isEqualTo(2);
        assertThat(again.record().receivedAt()).isEqualTo(first.record().receivedAt().plus(Duration.ofDays(1)));
        assertThat(store.sourceRecords().find("crm", "C-1001").orElseThrow().rawValues())
                .containsEntry("Kundenname", "Müller GmbH & Co. KG");
    }

    @StoreTest
    @DisplayName("re-importing identical values changes nothing and writes no audit entry")
    void identicalReimportIsANoOp(Store store) {
        Received first = store.sourceRecords().receive(crmRecord("Müller GmbH", "+49 30 1234567"), "import");
        Received again = store.sourceRecords().receive(crmRecord("Müller GmbH", "+49 30 1234567"), "import");

        assertThat(again.outcome()).isEqualTo(Received.Outcome.UNCHANGED);
        assertThat(again.record()).isEqualTo(first.record());
        assertThat(store.auditLog().ofEntity("source_record", String.valueOf(first.record().id()), 0, 10).total())
                .isEqualTo(1);
    }

    @StoreTest
    @DisplayName("the same source id from another system is another record")
    void sourceIdsAreScopedBySystem(Store store) {
        Received crm = store.sourceRecords().receive(crmRecord("Müller GmbH", "+49 30 1234567"), "import");
        Received shop = store.sourceRecords().receive(
                new IncomingRecord("webshop", "C-1001", Map.of("name", "Anna Schmidt"), Map.of("name", "Anna Schmidt")),
                "import");
        assertThat(shop.outcome()).isEqualTo(Received.Outcome.CREATED);
        assertThat(shop.record().id()).isNotEqualTo(crm.record().id());
    }

    @StoreTest
    @DisplayName("Chinese text and its column order survive the round trip through JSON")
    void chineseTextRoundTrips(Store store) {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("客户名称", "上海浦东发展银行股份有限公司");
        raw.put("联系人", "王小明");
        raw.put("地址", "上海市黄浦区中山东一路12号");
        raw.put("备注", "“引号”与 emoji 🏦");
        IncomingRecord incoming = new IncomingRecord("erp", "沪-0001", raw,
                Map.of("company_name", "上海浦东发展银行", "contact_name", "王小明"));

        SourceRecord stored = store.sourceRecords().receive(incoming, "import").record();
        SourceRecord read = store.sourceRecords().find("erp", "沪-0001").orElseThrow();

        assertThat(read).isEqualTo(stored);
        assertThat(read.rawValues()).containsExactlyEntriesOf(raw);
        assertThat(read.standardizedValues()).containsEntry("company_name", "上海浦东发展银行");
    }

    @StoreTest
    @DisplayName("attaching records to a customer builds its lineage")
    void attachBuildsLineage(Store store) {
        SourceRecord a = store.sourceRecords().receive(crmRecord("Müller GmbH", "+49 30 1234567"), "import").record();
        Customer customer = store.customers().create(Map.of("name", CustomerValue.of("Müller GmbH")), "import");

        SourceRecord attached = store.sourceRecords().attach(a.id(), customer.id(), "import");

        assertThat(attached.customerId()).contains(customer.id());
        assertThat(store.sourceRecords().ofCustomer(customer.id())).containsExactly(attached);
    }
}
