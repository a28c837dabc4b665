package dev.golden.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PackedValuesTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-23T22:57:42.123456Z");

    @Test
    @DisplayName("a golden record's values, lineage and verification times read back as written")
    void roundTrip() {
        Map<String, CustomerValue> values = new LinkedHashMap<>();
        values.put("company_name", CustomerValue.fromRecord("杭州中科电子有限公司", 17, RECEIVED));
        values.put("notes", CustomerValue.of("said \"call after 6\"\\n, not before"));
        values.put("phone", new CustomerValue("+8657152515029", Optional.of(9_000_000_001L), Optional.empty()));
        values.put("email", CustomerValue.of("office@zhongke.cn").verifiedAt(Instant.parse("2025-01-02T03:04:05Z")));

        String packed = PackedValues.write(values);

        assertThat(PackedValues.read(packed)).containsExactlyEntriesOf(values);
        assertThat(packed).startsWith("{\"company_name\":[\"杭州中科电子有限公司\",17,\"2026-11-23T22:57:42.123456Z\"]");
    }

    @Test
    @DisplayName("the oldest verification is kept beside the values, and none when a value never was verified")
    void oldestVerification() {
        Instant earlier = RECEIVED.minusSeconds(86_400);
        assertThat(PackedValues.oldestVerified(Map.of(
                "phone", CustomerValue.fromRecord("+85223456789", 1, RECEIVED),
                "email", CustomerValue.fromRecord("info@acme.hk", 2, earlier)))).contains(earlier);
        assertThat(PackedValues.oldestVerified(Map.of(
                "phone", CustomerValue.fromRecord("+85223456789", 1, RECEIVED),
                "email", CustomerValue.of("info@acme.hk")))).isEmpty();
    }

    @Test
    @DisplayName("a damaged cell is reported as corrupt, not read as fewer values")
    void corruptCell() {
        assertThatThrownBy(() -> PackedValues.read("{\"phone\":[\"+85223456789\",1]}"))
                .isInstanceOf(StoreException.class).hasMessageContaining("corrupt");
    }
}
