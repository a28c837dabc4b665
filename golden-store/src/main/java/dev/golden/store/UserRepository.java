package dev.golden.store;

import java.util.Optional;

/**
 * Users and their API tokens. Only hashes are stored: the caller hashes passwords and tokens
 * before they get here.
 */
public interface UserRepository {

    Optional<UserAccount> findByUsername(String username);

    /** The active user owning the token with this hash. */
    Optional<UserAccount> findByApiTokenHash(String tokenHash);

    /**
     * @throws StateConflictException when the username is taken
     */
    UserAccount create(String username, String passwordHash, Role role);

    long count();

    /**
     * @throws StateConflictException when a token with this hash exists already
     * @throws EntityNotFoundException when there is no such user
     */
    void addApiToken(long userId, String name, String tokenHash);
}
