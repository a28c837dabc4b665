package dev.golden.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;

class UsersTest {

    private static final String HASH = "$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW";

    @StoreTest
    @DisplayName("a created user is found by name, with its role and hash")
    void createAndFind(Store store) {
        UserAccount admin = store.users().create("admin", HASH, Role.ADMIN);

        assertThat(store.users().findByUsername("admin")).contains(admin);
        assertThat(admin).isEqualTo(new UserAccount(admin.id(), "admin", HASH, Role.ADMIN, true));
        assertThat(store.users().findByUsername("nobody")).isEmpty();
        assertThat(store.users().count()).isEqualTo(1);
    }

    @StoreTest
    @DisplayName("usernames are unique")
    void usernamesAreUnique(Store store) {
        store.users().create("mei", HASH, Role.AGENT);
        assertThatThrownBy(() -> store.users().create("mei", HASH, Role.STEWARD))
                .isInstanceOf(StateConflictException.class);
        assertThat(store.users().count()).isEqualTo(1);
    }

    @StoreTest
    @DisplayName("an API token's hash finds the user it was issued to; hashes are unique")
    void apiTokens(Store store) {
        UserAccount crm = store.users().create("crm-system", HASH, Role.AGENT);
        store.users().addApiToken(crm.id(), "nightly sync", "sha256:9f86d081884c7d659a2feaa0c55ad015");

        assertThat(store.users().findByApiTokenHash("sha256:9f86d081884c7d659a2feaa0c55ad015")).contains(crm);
        assertThat(store.users().findByApiTokenHash("sha256:unknown")).isEmpty();
        assertThatThrownBy(() -> store.users().addApiToken(crm.id(), "again", "sha256:9f86d081884c7d659a2feaa0c55ad015"))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> store.users().addApiToken(crm.id() + 99, "ghost", "sha256:other"))
                .isInstanceOf(EntityNotFoundException.class);
    }

    @StoreTest
    @DisplayName("the audit log records users without their password hash")
    void auditOmitsHash(Store store) {
        UserAccount user = store.users().create("li.wei", HASH, Role.APPROVER);
        AuditEntry entry = store.auditLog().ofEntity("app_user", String.valueOf(user.id()), 0, 1).items().get(0);
        assertThat(entry.after().orElseThrow().toString()).contains("li.wei").doesNotContain(HASH);
    }
}
