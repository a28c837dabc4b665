package dev.golden.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store lives and how many connections it may hold.
 *
 * @param jdbcUrl a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL
 * @param user database user
 * @param password database password, empty for none
 * @param maxPoolSize upper bound of the connection pool
 */
public record StoreConfig(String jdbcUrl, String user, String password, int maxPoolSize) {

    private static final int DEFAULT_POOL_SIZE = 8;

    public StoreConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1: " + maxPoolSize);
        }
    }

    /**
     * An H2 database in files under {@code home/db/golden}, speaking PostgreSQL's dialect so the
     * migrations and queries are the same for both. One process owns it at a time.
     */
    public static StoreConfig embedded(Path home) {
        Path base = home.toAbsolutePath().resolve("db").resolve("golden");
        String url = "jdbc:h2:file:" + base
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE"
                // H2 parses a statement again unless it is among the session's last few (8 by
                // default): a customer's creation alone runs more distinct statements than that.
                + ";QUERY_CACHE_SIZE=128"
                // H2 otherwise writes commits to its file up to half a second later: a process
                // killed meanwhile loses transactions it had already confirmed (an entry answered
                // "201 Created", say). Each commit now writes at once; group commit keeps that cheap.
                + ";WRITE_DELAY=0";
        return new StoreConfig(url, "golden", "", DEFAULT_POOL_SIZE);
    }

    /** A server database, typically {@code jdbc:postgresql://host:5432/golden}. */
    public static StoreConfig of(String jdbcUrl, String user, String password) {
        return new StoreConfig(jdbcUrl, user, password, DEFAULT_POOL_SIZE);
    }

    public StoreConfig withMaxPoolSize(int size) {
        return new StoreConfig(jdbcUrl, user, password, size);
    }

    /** The URL without credentials, safe to log. */
    @Override
    public String toString() {
        return "StoreConfig[" + jdbcUrl + ", user=" + user + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
