package dev.golden.hub;

import static dev.golden.hub.TestHub.AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golden.store.AuditEntry;
import dev.golden.store.Customer;
import dev.golden.store.CustomerValue;
import dev.golden.store.IncomingRecord;
import dev.golden.store.Page;
import dev.golden.store.StaleVersionException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

class FreshnessTest {

    private static Instant monthsAgo(TestHub hub, int months) {
        return hub.clock().instant().atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    private static Customer withPhoneVerified(TestHub hub, String phone, Instant verifiedAt) {
        return hub.store().customers().create(Map.of(
                "full_name", CustomerValue.of("Li Na").verifiedAt(verifiedAt),
                "phone", CustomerValue.of(phone).verifiedAt(verifiedAt)), "import");
    }

    @HubTest
    @DisplayName("a phone (fresh for a year) verified 13 months ago is stale; 11 months ago is not")
    void yearOldPhoneIsStale(TestHub hub) {
        Customer old = withPhoneVerified(hub, "+8613912345678", monthsAgo(hub, 13));
        withPhoneVerified(hub, "+8613800138000", monthsAgo(hub, 11));

        Page<StaleCustomer> queue = hub.freshness().staleQueue(0, 10);

        assertThat(queue.total()).isEqualTo(1);
        StaleCustomer due = queue.items().get(0);
        assertThat(due.customerId()).isEqualTo(old.id());
        assertThat(due.version()).isEqualTo(old.version());
        assertThat(due.fields()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("phone");
            assertThat(f.value()).isEqualTo("+8613912345678");
            assertThat(f.confirmedAt()).isEqualTo(monthsAgo(hub, 13));
            assertThat(f.neverVerified()).isFalse();
            assertThat(f.age()).isBetween(Duration.ofDays(13 * 28), Duration.ofDays(13 * 31));
        });
        assertThat(hub.freshness().staleness()).isEqualTo(new Staleness(2, 1));
        assertThat(hub.freshness().staleShare()).isEqualTo(0.5);
    }

    @HubTest
    @DisplayName("values go stale as time passes, and fields without an interval never do")
    void valuesAgeWithTheClock(TestHub hub) {
        hub.customer("company_name", "Acme Trading Ltd", "email", "info@acme.hk");
        assertThat(hub.freshness().staleQueue(0, 10).items()).isEmpty();

        hub.clock().advance(Period.ofYears(1).plusDays(1));

        assertThat(hub.freshness().staleQueue(0, 10).items()).singleElement()
                .satisfies(c -> assertThat(c.fields()).extracting(StaleField::field).containsExactly("email"));
    }

    @HubTest
    @DisplayName("a value never verified counts from when its source record was received, else from the customer's creation")
    void neverVerifiedValuesCountFromReceipt(TestHub hub) {
        Instant received = hub.clock().instant();
        long recordId = hub.store().sourceRecords().receive(new IncomingRecord("crm", "C-1001",
                Map.of("Email", "WANG@EXAMPLE.CN"), Map.of("email", "wang@example.cn")), "import").record().id();
        Customer fromRecord = hub.store().customers().create(Map.of("email",
                new CustomerValue("wang@example.cn", java.util.Optional.of(recordId), java.util.Optional.empty())), "import");
        hub.clock().advance(Period.ofMonths(6));
        Customer byHand = hub.store().customers().create(Map.of("phone", CustomerValue.of("+85223456789")), "agent");
        hub.clock().advance(Period.ofMonths(7));

        Page<StaleCustomer> queue = hub.freshness().staleQueue(0, 10);

        assertThat(queue.items()).extracting(StaleCustomer::customerId).containsExactly(fromRecord.id());
        assertThat(queue.items().get(0).oldest().confirmedAt()).isEqualTo(received);
        assertThat(queue.items().get(0).oldest().neverVerified()).isTrue();
        hub.clock().advance(Period.ofMonths(6));
        assertThat(hub.freshness().staleQueue(0, 10).items()).extracting(StaleCustomer::customerId)
                .containsExactly(fromRecord.id(), byHand.id());
    }

    @HubTest
    @DisplayName("the queue lists each customer once with all its stale fields, the longest waiting first, in pages")
    void queueIsOrderedAndPaged(TestHub hub) {
        Customer recent = withPhoneVerified(hub, "+8613900000001", monthsAgo(hub, 14));
        Customer oldest = hub.store().customers().create(Map.of(
                "phone", CustomerValue.of("+8613900000002").verifiedAt(monthsAgo(hub, 30)),
                "email", CustomerValue.of("old@example.cn").verifiedAt(monthsAgo(hub, 20)),
                "street_address", CustomerValue.of("fresh road 1").verifiedAt(monthsAgo(hub, 1))), "import");
        Customer middle = withPhoneVerified(hub, "+8613900000003", monthsAgo(hub, 18));

        Page<StaleCustomer> first = hub.freshness().staleQueue(0, 2);
        Page<StaleCustomer> second = hub.freshness().staleQueue(2, 2);

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(StaleCustomer::customerId).containsExactly(oldest.id(), middle.id());
        assertThat(first.items().get(0).fields()).extracting(StaleField::field).containsExactly("phone", "email");
        assertThat(second.items()).extracting(StaleCustomer::customerId).containsExactly(recent.id());
        assertThat(second.hasMore()).isFalse();
    }

    @HubTest
    @DisplayName("placeholder values and retired customers are not due for verification")
    void missingValuesAndRetiredCustomersAreSkipped(TestHub hub) {
        hub.store().customers().create(Map.of("phone",
                CustomerValue.of(TestHub.DICTIONARY.missingValue()).verifiedAt(monthsAgo(hub, 40))), "import");
        Customer retired = withPhoneVerified(hub, "+8613912345678", monthsAgo(hub, 40));
        hub.store().customers().retire(retired.id(), retired.version(), "steward");

        assertThat(hub.freshness().staleQueue(0, 10).total()).isZero();
        assertThat(hub.freshness().staleness()).isEqualTo(new Staleness(0, 0));
    }

    @HubTest
    @DisplayName("verifying a customer's values clears them from the queue, audited per field")
    void verifyClearsStaleness(TestHub hub) {
        Customer customer = hub.store().customers().create(Map.of(
                "phone", CustomerValue.of("+8613912345678").verifiedAt(monthsAgo(hub, 13)),
                "email", CustomerValue.of("li.na@example.cn").verifiedAt(monthsAgo(hub, 15))), "import");
        StaleCustomer due = hub.freshness().staleQueue(0, 10).items().get(0);

        Customer verified = hub.freshness().verify(due.customerId(), due.version(), List.of("phone", "email"), AGENT);

        assertThat(hub.freshness().staleQueue(0, 10).items()).isEmpty();
        assertThat(hub.freshness().staleShare()).isZero();
        assertThat(verified.values().values()).allSatisfy(v -> assertThat(v.verifiedAt()).contains(hub.clock().instant()));
        assertThat(hub.store().auditLog().ofEntity("customer", String.valueOf(customer.id()), 0, 10).items())
                .extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("create", "import"),
                        org.assertj.core.groups.Tuple.tuple("verify", AGENT.name()),
                        org.assertj.core.groups.Tuple.tuple("verify", AGENT.name()));
    }

    @HubTest
    @DisplayName("a verification of values that changed since the person read them is refused")
    void verifyNeedsTheVersionSeen(TestHub hub) {
        Customer customer = withPhoneVerified(hub, "+8613912345678", monthsAgo(hub, 13));
        hub.editor().edit(customer.id(), customer.version(), Map.of("phone", "13800138000"), TestHub.STEWARD);

        assertThatThrownBy(() -> hub.freshness().verify(customer.id(), customer.version(), List.of("phone"), AGENT))
                .isInstanceOf(StaleVersionException.class);
    }
}
