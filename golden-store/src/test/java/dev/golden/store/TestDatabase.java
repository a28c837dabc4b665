package dev.golden.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The databases every store test runs on: H2 always, PostgreSQL when {@code GOLDEN_TEST_POSTGRES_URL}
 * names one (see {@code .ci/postgres-start}). Each test gets a fresh, empty database of its own.
 */
public enum TestDatabase {
    H2("H2"), POSTGRESQL("PostgreSQL");

    public static final String POSTGRES_URL_VARIABLE = "GOLDEN_TEST_POSTGRES_URL";

    private final String displayName;

    TestDatabase(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Why this database cannot be used here, if it cannot. */
    public java.util.Optional<String> unavailable() {
        return this == POSTGRESQL && postgresUrl().isEmpty()
                ? java.util.Optional.of(POSTGRES_URL_VARIABLE + " is not set (see .ci/postgres-start)")
                : java.util.Optional.empty();
    }

    /** A new, empty database (an H2 folder or a PostgreSQL schema) and how to throw it away. */
    public Fresh create() {
        if (this == H2) {
            try {
                Path home = Files.createTempDirectory("golden-test");
                return new Fresh(StoreConfig.embedded(home), () -> deleteTree(home));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String url = postgresUrl();
        String schema = "golden_test_" + UUID.randomUUID().toString().replace("-", "");
        execute(url, "CREATE SCHEMA " + schema);
        StoreConfig config = StoreConfig.of(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                user(), "").withMaxPoolSize(4);
        return new Fresh(config, () -> execute(url, "DROP SCHEMA " + schema + " CASCADE"));
    }

    /** A fresh database's configuration and the way to dispose of it after the test. */
    public record Fresh(StoreConfig config, Runnable dispose) {}

    private static String postgresUrl() {
        String url = System.getenv(POSTGRES_URL_VARIABLE);
        return url == null ? "" : url.trim();
    }

    private static String user() {
        String user = System.getenv("GOLDEN_TEST_POSTGRES_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user(), "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + url, e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
