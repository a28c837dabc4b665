package dev.golden.hub;

import static dev.golden.hub.TestHub.AGENT;
import static dev.golden.hub.TestHub.APPROVER;
import static dev.golden.hub.TestHub.OTHER_APPROVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golden.store.AuditEntry;
import dev.golden.store.ChangeRequest;
import dev.golden.store.ChangeStatus;
import dev.golden.store.Customer;
import dev.golden.store.Role;
import dev.golden.store.StateConflictException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

class ChangeApprovalsTest {

    private static Customer customer(TestHub hub) {
        return hub.customer("full_name", "王芳", "phone", "+8613912345678", "billing_address", "上海市浦东新区世纪大道100号");
    }

    private static ChangeRequest requestNewBillingAddress(TestHub hub, Customer customer, Actor by) {
        return hub.editor().edit(customer.id(), customer.version(),
                Map.of("billing_address", "北京市朝阳区建国路88号"), by).requested().get(0);
    }

    @HubTest
    @DisplayName("a protected change waits for approval and is applied only then, verified at approval")
    void approvalApplies(TestHub hub) {
        Customer customer = customer(hub);
        ChangeRequest request = requestNewBillingAddress(hub, customer, AGENT);
        assertThat(hub.store().customers().find(customer.id()).orElseThrow().value("billing_address"))
                .contains("上海市浦东新区世纪大道100号");
        hub.clock().advance(Duration.ofHours(2));

        ChangeRequest approved = hub.approvals().approve(request.id(), APPROVER, "confirmed by phone");

        assertThat(approved.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(approved.decidedBy()).contains(APPROVER.name());
        assertThat(approved.comment()).contains("confirmed by phone");
        Customer after = hub.store().customers().find(customer.id()).orElseThrow();
        assertThat(after.value("billing_address")).contains(request.newValue());
        assertThat(after.values().get("billing_address").verifiedAt()).contains(hub.clock().instant());
        assertThat(hub.store().auditLog().ofEntity("change_request", String.valueOf(request.id()), 0, 10).items())
                .extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("request", AGENT.name()),
                        org.assertj.core.groups.Tuple.tuple("approve", APPROVER.name()));
        assertThat(hub.store().auditLog().ofEntity("customer", String.valueOf(customer.id()), 0, 10).items())
                .extracting(AuditEntry::action).containsExactly("create", "apply change request " + request.id());
    }

    @HubTest
    @DisplayName("a rejected change leaves the value as it was")
    void rejectionLeavesTheValue(TestHub hub) {
        Customer customer = customer(hub);
        ChangeRequest request = requestNewBillingAddress(hub, customer, AGENT);

        ChangeRequest rejected = hub.approvals().reject(request.id(), APPROVER, "customer did not move");

        assertThat(rejected.status()).isEqualTo(ChangeStatus.REJECTED);
        assertThat(hub.store().customers().find(customer.id())).contains(customer);
        assertThatThrownBy(() -> hub.approvals().approve(request.id(), OTHER_APPROVER, "too late"))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("REJECTED");
    }

    @HubTest
    @DisplayName("an approver may not approve their own request; another approver may")
    void selfApprovalIsRefused(TestHub hub) {
        Customer customer = customer(hub);
        ChangeRequest own = requestNewBillingAddress(hub, customer, APPROVER);

        assertThatThrownBy(() -> hub.approvals().approve(own.id(), APPROVER, "looks fine"))
                .isInstanceOf(NotPermittedException.class).hasMessageContaining(APPROVER.name());
        assertThat(hub.store().changeRequests().find(own.id()).orElseThrow().status()).isEqualTo(ChangeStatus.PENDING);

        assertThat(hub.approvals().approve(own.id(), OTHER_APPROVER, "").status()).isEqualTo(ChangeStatus.APPROVED);
    }

    @HubTest
    @DisplayName("agents and stewards may not decide change requests")
    void onlyApproversDecide(TestHub hub) {
        Customer customer = customer(hub);
        ChangeRequest request = requestNewBillingAddress(hub, customer, AGENT);

        assertThatThrownBy(() -> hub.approvals().approve(request.id(), new Actor("bob", Role.AGENT), ""))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> hub.approvals().reject(request.id(), new Actor("sam", Role.STEWARD), ""))
                .isInstanceOf(NotPermittedException.class);
        assertThat(hub.approvals().approve(request.id(), new Actor("root", Role.ADMIN), "").status())
                .isEqualTo(ChangeStatus.APPROVED);
    }

    @HubTest
    @DisplayName("a request whose field changed since it was made is stale and refused; the newer value stays")
    void staleRequestIsRefused(TestHub hub) {
        Customer customer = customer(hub);
        ChangeRequest first = requestNewBillingAddress(hub, customer, AGENT);
        ChangeRequest second = hub.editor().edit(customer.id(), customer.version(),
                Map.of("billing_address", "广州市天河区天河路385号"), TestHub.STEWARD).requested().get(0);
        hub.approvals().approve(second.id(), APPROVER, "");

        assertThatThrownBy(() -> hub.approvals().approve(first.id(), APPROVER, ""))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("changed since");
        assertThat(hub.store().changeRequests().find(first.id()).orElseThrow().status()).isEqualTo(ChangeStatus.PENDING);
        assertThat(hub.store().customers().find(customer.id()).orElseThrow().value("billing_address"))
                .contains(second.newValue());
    }
}
