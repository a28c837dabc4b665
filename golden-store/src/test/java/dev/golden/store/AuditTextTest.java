package dev.golden.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditTextTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-23T22:57:42.123456Z");

    @Test
    @DisplayName("a new customer's source record is audited in the same text the general repositories write")
    void sourceRecord() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("company_name", "杭州中科电子有限公司");
        raw.put("notes", "said \"call after 6\"\\n,\tnot before\n");
        raw.put("phone", "0571 5251 5029");
        Map<String, String> standardized = Map.of("company_name", "杭州中科电子", "phone", "+8657152515029");
        SourceRecord record = new SourceRecord(42, "agent.wang", "5f0c-17", RECEIVED, raw, standardized,
                Optional.of(7L), 1);

        assertThat(AuditText.of(record, Json.write(raw), Json.write(standardized)))
                .isEqualTo(Json.write(SourceRecords.json(record)));
        SourceRecord unmatched = new SourceRecord(43, "crm", "A-1", RECEIVED, Map.of(), Map.of(), Optional.empty(), 3);
        assertThat(AuditText.of(unmatched, Json.write(Map.of()), Json.write(Map.of())))
                .isEqualTo(Json.write(SourceRecords.json(unmatched)));
    }

    @Test
    @DisplayName("a new customer is audited in the same text, with and without lineage, verification or a merge")
    void customer() {
        Map<String, CustomerValue> values = new LinkedHashMap<>();
        values.put("company_name", CustomerValue.fromRecord("杭州中科电子有限公司", 42, RECEIVED));
        values.put("email", CustomerValue.of("office@zhongke.cn"));
        values.put("phone", new CustomerValue("+8657152515029", Optional.of(9_000_000_001L), Optional.empty()));
        Customer active = new Customer(7, CustomerStatus.ACTIVE, Optional.empty(), values, RECEIVED, RECEIVED, 1);
        Customer merged = new Customer(8, CustomerStatus.MERGED, Optional.of(7L), Map.of(), RECEIVED,
                RECEIVED.plusSeconds(60), 4);

        assertThat(AuditText.of(active)).isEqualTo(Json.write(Customers.json(active)));
        assertThat(AuditText.of(merged)).isEqualTo(Json.write(Customers.json(merged)));
    }
}
