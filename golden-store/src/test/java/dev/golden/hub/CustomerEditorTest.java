package dev.golden.hub;

import static dev.golden.hub.TestHub.AGENT;
import static dev.golden.hub.TestHub.STEWARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golden.store.AuditEntry;
import dev.golden.store.ChangeRequest;
import dev.golden.store.ChangeStatus;
import dev.golden.store.Customer;
import dev.golden.store.StaleVersionException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

class CustomerEditorTest {

    private static Customer acme(TestHub hub) {
        return hub.customer("company_name", "Acme Trading Ltd", "phone", "+85223456789", "country", "HK",
                "billing_address", "1 Queen's Road Central", "service_level", "basic");
    }

    @HubTest
    @DisplayName("an edit of an ordinary field is standardized, applied at once, verified now and audited before/after")
    void ordinaryFieldIsAppliedAtOnce(TestHub hub) {
        Customer acme = acme(hub);
        hub.clock().advance(Duration.ofDays(30));

        Edit edit = hub.editor().edit(acme.id(), acme.version(), Map.of("phone", "2345 6780"), AGENT);

        assertThat(edit.applied()).containsExactly("phone");
        assertThat(edit.requested()).isEmpty();
        assertThat(edit.customer().value("phone")).contains("+85223456780");
        assertThat(edit.customer().values().get("phone").verifiedAt()).contains(hub.clock().instant());
        assertThat(edit.customer().version()).isGreaterThan(acme.version());
        AuditEntry update = hub.store().auditLog().ofEntity("customer", String.valueOf(acme.id()), 0, 10).items().get(1);
        assertThat(update.action()).isEqualTo("update");
        assertThat(update.actor()).isEqualTo(AGENT.name());
        assertThat(update.before().orElseThrow().at("/values/phone/value").asText()).isEqualTo("+85223456789");
        assertThat(update.after().orElseThrow().at("/values/phone/value").asText()).isEqualTo("+85223456780");
    }

    @HubTest
    @DisplayName("a protected field is not changed but becomes a pending change request, for any role")
    void protectedFieldBecomesARequest(TestHub hub) {
        Customer acme = acme(hub);

        Edit edit = hub.editor().edit(acme.id(), acme.version(),
                Map.of("service_level", "Premium", "company_name", "ACME Trading Limited"), STEWARD);

        assertThat(edit.applied()).containsExactly("company_name");
        assertThat(edit.requested()).singleElement().satisfies(request -> {
            assertThat(request.field()).isEqualTo("service_level");
            assertThat(request.oldValue()).contains("basic");
            assertThat(request.newValue()).isEqualTo("premium");
            assertThat(request.requestedBy()).isEqualTo(STEWARD.name());
            assertThat(request.status()).isEqualTo(ChangeStatus.PENDING);
        });
        Customer now = hub.store().customers().find(acme.id()).orElseThrow();
        assertThat(now.value("service_level")).contains("basic");
        assertThat(now.value("company_name")).contains("acme trading ltd"); // the standardized form
    }

    @HubTest
    @DisplayName("only protected changes: the customer is untouched and keeps its version")
    void onlyProtectedChangesLeaveTheCustomerAsItIs(TestHub hub) {
        Customer acme = acme(hub);

        Edit edit = hub.editor().edit(acme.id(), acme.version(), Map.of("national_id", "110101199003074477"), AGENT);

        assertThat(edit.applied()).isEmpty();
        assertThat(edit.requested()).extracting(ChangeRequest::field).containsExactly("national_id");
        assertThat(edit.customer()).isEqualTo(acme);
        assertThat(hub.store().customers().find(acme.id())).contains(acme);
    }

    @HubTest
    @DisplayName("an invalid value is refused naming its field, and none of the edit is stored")
    void invalidValueStoresNothing(TestHub hub) {
        Customer acme = acme(hub);

        assertThatThrownBy(() -> hub.editor().edit(acme.id(), acme.version(),
                Map.of("company_name", "Acme Holdings", "service_level", "platinum", "gender", "female"), AGENT))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("service_level");
                    assertThat(e.getMessage()).contains("service_level", "platinum", "picklist");
                });
        assertThat(hub.store().customers().find(acme.id())).contains(acme);
        assertThat(hub.store().changeRequests().ofCustomer(acme.id())).isEmpty();
    }

    @HubTest
    @DisplayName("a field the dictionary does not know is refused by name")
    void unknownFieldIsRefused(TestHub hub) {
        Customer acme = acme(hub);

        assertThatThrownBy(() -> hub.editor().edit(acme.id(), acme.version(), Map.of("shoe_size", "42"), AGENT))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("shoe_size"));
    }

    @HubTest
    @DisplayName("two people edit the same customer: the second gets a conflict, not a lost update")
    void concurrentEditConflicts(TestHub hub) {
        Customer read = acme(hub);
        hub.editor().edit(read.id(), read.version(), Map.of("phone", "2345 6780"), AGENT);

        assertThatThrownBy(() -> hub.editor().edit(read.id(), read.version(), Map.of("email", "info@acme.hk"), STEWARD))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> hub.editor().edit(read.id(), read.version(),
                Map.of("billing_address", "2 Des Voeux Road"), STEWARD))
                .isInstanceOf(StaleVersionException.class);
        Customer now = hub.store().customers().find(read.id()).orElseThrow();
        assertThat(now.value("email")).isEmpty();
        assertThat(hub.store().changeRequests().ofCustomer(read.id())).isEmpty();
    }

    @HubTest
    @DisplayName("a value that standardizes to the one held is no change; a placeholder stores the explicit missing value")
    void unchangedAndMissingValues(TestHub hub) {
        Customer acme = acme(hub);

        Edit edit = hub.editor().edit(acme.id(), acme.version(),
                Map.of("phone", "+852 2345 6789", "country", "香港", "email", "N/A"), AGENT);

        assertThat(edit.unchanged()).containsExactly("country", "phone");
        assertThat(edit.applied()).containsExactly("email");
        assertThat(edit.customer().value("email")).contains(TestHub.DICTIONARY.missingValue());
    }

    @HubTest
    @DisplayName("a phone number without country code is read in the customer's country")
    void phoneReadInTheCustomersCountry(TestHub hub) {
        Customer shenzhen = hub.customer("company_name", "深圳华强电子有限公司", "country", "CN");
        Customer sydney = hub.customer("company_name", "Harbour Imports Pty Ltd", "country", "AU");

        Edit cn = hub.editor().edit(shenzhen.id(), shenzhen.version(), Map.of("phone", "139 1234 5678"), AGENT);
        Edit au = hub.editor().edit(sydney.id(), sydney.version(), Map.of("phone", "(02) 9374 4000"), AGENT);

        assertThat(cn.customer().value("phone")).contains("+8613912345678");
        assertThat(au.customer().value("phone")).contains("+61293744000");
        assertThat(List.of(cn.applied(), au.applied())).allSatisfy(a -> assertThat(a).containsExactly("phone"));
    }
}
