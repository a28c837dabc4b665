package dev.golden.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

class ChangeRequestsTest {

    private static Customer customer(Store store) {
        return store.customers().create(Map.of("billing_address", CustomerValue.of("1 Queen's Road, Central, Hong Kong")),
                "import");
    }

    @StoreTest
    @DisplayName("a requested change is applied only when approved, and all of it is audited")
    void approvalApplies(Store store, TestClock clock) {
        Customer c = customer(store);
        ChangeRequest request = store.changeRequests().request(c.id(), "billing_address", "香港中環皇后大道中1號", "agent");

        assertThat(request.status()).isEqualTo(ChangeStatus.PENDING);
        assertThat(request.oldValue()).contains("1 Queen's Road, Central, Hong Kong");
        assertThat(store.customers().find(c.id()).orElseThrow().value("billing_address"))
                .contains("1 Queen's Road, Central, Hong Kong");
        assertThat(store.changeRequests().pending(0, 10).items()).containsExactly(request);

        clock.advance(Duration.ofHours(2));
        ChangeRequest approved = store.changeRequests().approve(request.id(), "approver", "checked with the customer");

        assertThat(approved.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(approved.decidedBy()).contains("approver");
        assertThat(approved.decidedAt()).contains(clock.instant());
        assertThat(approved.comment()).contains("checked with the customer");
        Customer after = store.customers().find(c.id()).orElseThrow();
        assertThat(after.value("billing_address")).contains("香港中環皇后大道中1號");
        assertThat(after.version()).isGreaterThan(c.version());
        assertThat(store.changeRequests().pending(0, 10).total()).isZero();
        assertThat(store.auditLog().ofEntity("change_request", String.valueOf(request.id()), 0, 10).items())
                .extracting(AuditEntry::action).containsExactly("request", "approve");
        assertThat(store.auditLog().ofEntity("customer", String.valueOf(c.id()), 0, 10).items())
                .extracting(AuditEntry::actor).containsExactly("import", "approver");
    }

    @StoreTest
    @DisplayName("a rejected change leaves the customer as it was, and cannot be decided again")
    void rejectionLeavesCustomer(Store store) {
        Customer c = customer(store);
        ChangeRequest request = store.changeRequests().request(c.id(), "billing_address", "nowhere", "agent");

        ChangeRequest rejected = store.changeRequests().reject(request.id(), "approver", "");

        assertThat(rejected.status()).isEqualTo(ChangeStatus.REJECTED);
        assertThat(rejected.comment()).isEmpty();
        assertThat(store.customers().find(c.id())).contains(c);
        assertThatThrownBy(() -> store.changeRequests().approve(request.id(), "approver", "oops"))
                .isInstanceOf(StateConflictException.class);
        assertThat(store.changeRequests().ofCustomer(c.id())).containsExactly(rejected);
    }

    @StoreTest
    @DisplayName("approving a request whose field changed meanwhile is refused, so no edit is lost")
    void staleRequestIsRefused(Store store) {
        Customer c = customer(store);
        ChangeRequest request = store.changeRequests().request(c.id(), "billing_address", "Old plan", "agent");
        Map<String, CustomerValue> edited = new LinkedHashMap<>(c.values());
        edited.put("billing_address", CustomerValue.of("2 Queen's Road, Central, Hong Kong"));
        store.customers().update(c.id(), c.version(), edited, "steward");

        assertThatThrownBy(() -> store.changeRequests().approve(request.id(), "approver", ""))
                .isInstanceOf(StateConflictException.class);
        assertThat(store.changeRequests().find(request.id()).orElseThrow().status()).isEqualTo(ChangeStatus.PENDING);
    }
}
