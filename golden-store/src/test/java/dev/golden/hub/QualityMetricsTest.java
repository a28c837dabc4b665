package dev.golden.hub;

import static dev.golden.hub.TestHub.AGENT;
import static dev.golden.hub.TestHub.APPROVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.golden.store.Customer;
import dev.golden.store.CustomerValue;
import dev.golden.store.IncomingRecord;
import dev.golden.store.LinkKind;
import dev.golden.store.LinkSubject;
import dev.golden.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

class QualityMetricsTest {

    private static final String MISSING = TestHub.DICTIONARY.missingValue();

    /**
     * Three active customers and a retired one. Wang Fang has three source records, Li Na one and
     * the hand-entered Acme none; the retired customer's record and values count nowhere.
     */
    private static List<Customer> knownStore(TestHub hub) {
        Instant now = hub.clock().instant();
        Instant thirteenMonthsAgo = now.atOffset(ZoneOffset.UTC).minusMonths(13).toInstant();
        Customer wang = hub.store().customers().create(Map.of(
                "full_name", CustomerValue.of("王芳").verifiedAt(now),
                "phone", CustomerValue.of("+8613912345678").verifiedAt(thirteenMonthsAgo),
                "gender", CustomerValue.of("female").verifiedAt(now)), "import");
        Customer li = hub.store().customers().create(Map.of(
                "full_name", CustomerValue.of("Li Na").verifiedAt(now),
                "phone", CustomerValue.of("12345").verifiedAt(now),
                "gender", CustomerValue.of("Male").verifiedAt(now)), "import");
        Customer acme = hub.store().customers().create(Map.of(
                "company_name", CustomerValue.of("acme trading ltd").verifiedAt(now),
                "phone", CustomerValue.of(MISSING).verifiedAt(now),
                "gender", CustomerValue.of("robot").verifiedAt(now),
                "service_level", CustomerValue.of("basic").verifiedAt(now)), "agent");
        Customer retired = hub.store().customers().create(Map.of(
                "full_name", CustomerValue.of("Old Customer").verifiedAt(thirteenMonthsAgo),
                "phone", CustomerValue.of("+8613800138000").verifiedAt(thirteenMonthsAgo)), "import");
        attach(hub.store(), wang, "crm:1", "crm:2", "shop:7");
        attach(hub.store(), li, "crm:3");
        attach(hub.store(), retired, "crm:4");
        hub.store().customers().retire(retired.id(), retired.version(), "steward");
        return List.of(wang, li, acme);
    }

    private static void attach(Store store, Customer customer, String... sourceKeys) {
        for (String key : sourceKeys) {
            String[] parts = key.split(":");
            long id = store.sourceRecords().receive(new IncomingRecord(parts[0], parts[1], Map.of("name", key),
                    Map.of()), "import").record().id();
            store.sourceRecords().attach(id, customer.id(), "import");
        }
    }

    @HubTest
    @DisplayName("on a small known store every figure is exactly what counting by hand gives")
    void figuresOfAKnownStore(TestHub hub) {
        List<Customer> customers = knownStore(hub);
        Customer wang = customers.get(0);
        Customer li = customers.get(1);
        Customer acme = customers.get(2);
        hub.editor().edit(acme.id(), acme.version(), Map.of("service_level", "premium"), AGENT);
        long approved = hub.editor().edit(acme.id(), acme.version(), Map.of("service_level", "standard"), AGENT)
                .requested().get(0).id();
        hub.approvals().reject(approved, APPROVER, "no contract");
        hub.store().links().infer(LinkSubject.CUSTOMER, wang.id(), li.id(), LinkKind.POSSIBLY_SAME, 0.62, "model-1");
        hub.store().links().infer(LinkSubject.CUSTOMER, li.id(), acme.id(), LinkKind.SAME, 0.97, "model-1");
        hub.store().links().decide(LinkSubject.CUSTOMER, wang.id(), acme.id(), LinkKind.POSSIBLY_SAME, "steward");

        QualityMeasurement m = hub.metrics().measure();

        assertThat(m.takenAt()).isEqualTo(hub.clock().instant());
        assertThat(m.uniqueCustomers()).isEqualTo(3);
        assertThat(m.sourceRecords()).isEqualTo(4);
        assertThat(m.duplicateRate()).isEqualTo(0.5); // 2 customers with records, 4 records
        assertThat(m.field("phone").orElseThrow()).isEqualTo(new FieldQuality("phone", 2, 1, 2.0 / 3, 0.5));
        assertThat(m.field("gender").orElseThrow()).isEqualTo(new FieldQuality("gender", 3, 2, 1, 2.0 / 3));
        assertThat(m.field("company_name").orElseThrow()).isEqualTo(new FieldQuality("company_name", 1, 1, 1.0 / 3, 1));
        assertThat(m.field("email").orElseThrow()).isEqualTo(new FieldQuality("email", 0, 0, 0, 1));
        assertThat(m.fields()).extracting(FieldQuality::field)
                .containsExactlyElementsOf(TestHub.DICTIONARY.fields().stream().map(f -> f.name()).toList());
        assertThat(m.staleness()).isEqualTo(new Staleness(2, 1)); // two real phones, Wang's 13 months old
        assertThat(m.staleShare()).isEqualTo(0.5);
        assertThat(m.pendingChangeRequests()).isEqualTo(1);
        assertThat(m.openReviewLinks()).isEqualTo(1);
    }

    @HubTest
    @DisplayName("an empty store measures zeros, not errors")
    void emptyStore(TestHub hub) {
        QualityMeasurement m = hub.metrics().measure();

        assertThat(m.uniqueCustomers()).isZero();
        assertThat(m.duplicateRate()).isZero();
        assertThat(m.staleShare()).isZero();
        assertThat(m.fields()).allSatisfy(f -> assertThat(f.completeness()).isZero());
    }

    @HubTest
    @DisplayName("snapshots kept over time read back as a history for the chosen period")
    void snapshotsOverTime(TestHub hub) {
        Instant start = hub.clock().instant();
        QualityMetrics metrics = hub.metrics();
        Customer first = hub.customer("full_name", "王芳", "phone", "+8613912345678");
        QualityMeasurement monday = metrics.snapshot();
        hub.clock().advance(Duration.ofDays(1));
        hub.customer("full_name", "Li Na");
        hub.editor().edit(first.id(), first.version(), Map.of("email", "wang.fang@example.cn"), AGENT);
        QualityMeasurement tuesday = metrics.snapshot();
        hub.clock().advance(Duration.ofDays(1));
        metrics.snapshot();

        List<QualityMeasurement> history = metrics.history(start, start.plus(Duration.ofDays(2)));

        assertThat(history).containsExactly(monday, tuesday);
        assertThat(history).extracting(QualityMeasurement::uniqueCustomers).containsExactly(1L, 2L);
        assertThat(history.get(1).takenAt()).isEqualTo(start.plus(Duration.ofDays(1)));
        assertThat(history.get(1).field("phone").orElseThrow().completeness()).isCloseTo(0.5, within(1e-12));
        assertThat(history.get(1).field("email").orElseThrow().present()).isEqualTo(1);
        assertThat(metrics.latest().orElseThrow().takenAt()).isEqualTo(start.plus(Duration.ofDays(2)));
    }
}
