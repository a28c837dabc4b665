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
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** Runs each {@link StoreTest} on H2 and on PostgreSQL, each time on a fresh, empty database. */
final class StoreFixtures implements TestTemplateInvocationContextProvider {

    static final String POSTGRES_URL_VARIABLE = "GOLDEN_TEST_POSTGRES_URL";

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(new Invocation(Database.H2), new Invocation(Database.POSTGRESQL));
    }

    enum Database {
        H2("H2"), POSTGRESQL("PostgreSQL");

        final String displayName;

        Database(String displayName) {
            this.displayName = displayName;
        }
    }

    private record Invocation(Database database) implements TestTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return database.displayName;
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Fixture(database));
        }
    }

    /** Opens the store on first use in a test and throws its database away after the test. */
    private static final class Fixture implements ParameterResolver, ExecutionCondition {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Fixture.class);

        private final Database database;

        Fixture(Database database) {
            this.database = database;
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (database == Database.POSTGRESQL && postgresUrl().isEmpty()) {
                return ConditionEvaluationResult.disabled(POSTGRES_URL_VARIABLE + " is not set (see .ci/postgres-start)");
            }
            return ConditionEvaluationResult.enabled(database.displayName);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == Store.class || type == TestClock.class || type == StoreConfig.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Opened opened = context.getStore(NAMESPACE).getOrComputeIfAbsent("opened",
                    key -> open(database), Opened.class);
            Class<?> type = parameter.getParameter().getType();
            if (type == Store.class) {
                return opened.store();
            }
            return type == TestClock.class ? opened.clock() : opened.config();
        }

        private static String postgresUrl() {
            String url = System.getenv(POSTGRES_URL_VARIABLE);
            return url == null ? "" : url.trim();
        }

        private static Opened open(Database database) {
            TestClock clock = new TestClock();
            if (database == Database.H2) {
                try {
                    Path home = Files.createTempDirectory("golden-store-test");
                    StoreConfig config = StoreConfig.embedded(home);
                    return new Opened(Store.open(config, clock), clock, config, () -> deleteTree(home));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            String url = postgresUrl();
            String schema = "golden_test_" + UUID.randomUUID().toString().replace("-", "");
            execute(url, "CREATE SCHEMA " + schema);
            StoreConfig config = StoreConfig.of(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    user(), "").withMaxPoolSize(4);
            return new Opened(Store.open(config, clock), clock, config,
                    () -> execute(url, "DROP SCHEMA " + schema + " CASCADE"));
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

    /** An open test store and how to throw its database away; JUnit closes it after the test. */
    private record Opened(Store store, TestClock clock, StoreConfig config, Runnable dispose)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        @Override
        public void close() {
            store.close();
            dispose.run();
        }
    }
}
