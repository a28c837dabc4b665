package dev.golden.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

final class JdbiUserRepository implements UserRepository {

    static final String ENTITY = "app_user";
    /** Users are created by the system (first start) or an admin the server knows; the store does not. */
    private static final String ACTOR = "system";

    private final Transactor tx;
    private final Clock clock;

    JdbiUserRepository(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return tx.run(h -> h.createQuery("SELECT * FROM app_user WHERE username = :name").bind("name", username)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public Optional<UserAccount> findByApiTokenHash(String tokenHash) {
        return tx.run(h -> h.createQuery("""
                SELECT u.* FROM app_user u JOIN api_token t ON t.user_id = u.id
                WHERE t.token_hash = :hash AND u.active""")
                .bind("hash", tokenHash).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public UserAccount create(String username, String passwordHash, Role role) {
        if (username.isBlank()) {
            throw new IllegalArgumentException("a username must not be blank");
        }
        return tx.run(h -> {
            long taken = h.createQuery("SELECT COUNT(*) FROM app_user WHERE username = :name").bind("name", username)
                    .mapTo(Long.class).one();
            if (taken > 0) {
                throw new StateConflictException("username " + username + " is taken");
            }
            Instant now = Clocks.now(clock);
            long id = h.createUpdate("""
                    INSERT INTO app_user (username, password_hash, role, active, created_at)
                    VALUES (:name, :hash, :role, TRUE, :now)""")
                    .bind("name", username).bind("hash", passwordHash).bind("role", role.name())
                    .bind("now", Sql.at(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            UserAccount user = new UserAccount(id, username, passwordHash, role, true);
            AuditLog.write(h, now, ACTOR, "create", ENTITY, id, null, json(user));
            return user;
        });
    }

    @Override
    public long count() {
        return tx.run(h -> h.createQuery("SELECT COUNT(*) FROM app_user").mapTo(Long.class).one());
    }

    @Override
    public void addApiToken(long userId, String name, String tokenHash) {
        tx.run(h -> {
            h.createQuery("SELECT id FROM app_user WHERE id = :id").bind("id", userId).mapTo(Long.class).findOne()
                    .orElseThrow(() -> new EntityNotFoundException(ENTITY, userId));
            long taken = h.createQuery("SELECT COUNT(*) FROM api_token WHERE token_hash = :hash")
                    .bind("hash", tokenHash).mapTo(Long.class).one();
            if (taken > 0) {
                throw new StateConflictException("an API token with this hash exists already");
            }
            Instant now = Clocks.now(clock);
            long id = h.createUpdate("""
                    INSERT INTO api_token (user_id, name, token_hash, created_at) VALUES (:user, :name, :hash, :now)""")
                    .bind("user", userId).bind("name", name).bind("hash", tokenHash).bind("now", Sql.at(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            ObjectNode token = Json.object();
            token.put("id", id);
            token.put("userId", userId);
            token.put("name", name);
            AuditLog.write(h, now, ACTOR, "create", "api_token", id, null, token);
            return null;
        });
    }

    private static UserAccount map(ResultSet rs) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("active"));
    }

    /** Without the hash: the audit log is readable by more people than the password table. */
    private static ObjectNode json(UserAccount user) {
        ObjectNode node = Json.object();
        node.put("id", user.id());
        node.put("username", user.username());
        node.put("role", user.role().name());
        node.put("active", user.active());
        return node;
    }
}
