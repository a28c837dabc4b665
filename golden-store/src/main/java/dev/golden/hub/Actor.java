package dev.golden.hub;

import dev.golden.store.Role;
import java.util.Objects;

/**
 * The person or system acting, as the server authenticated it.
 *
 * @param name the user name written to the audit log
 * @param role what the actor may do
 */
public record Actor(String name, Role role) {

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
    }

    boolean mayDecideChanges() {
        return role == Role.APPROVER || role == Role.ADMIN;
    }
}
