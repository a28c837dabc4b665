package dev.golden.store;

/** A hub user. {@code passwordHash} is a bcrypt (or similar) hash, never a password. */
public record UserAccount(long id, String username, String passwordHash, Role role, boolean active) {

    @Override
    public String toString() {
        return "UserAccount[id=" + id + ", username=" + username + ", role=" + role + ", active=" + active + "]";
    }
}
