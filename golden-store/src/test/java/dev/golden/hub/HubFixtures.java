package dev.golden.hub;

import dev.golden.store.TestClock;
import dev.golden.store.Store;
import dev.golden.store.StoreConfig;
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

/**
 * Runs each {@link HubTest} on H2 and on PostgreSQL ({@code GOLDEN_TEST_POSTGRES_URL}), each time
 * on a fresh, empty database. The same arrangement as the store's own tests, whose fixture is
 * private to its package.
 */
final class HubFixtures implements TestTemplateInvocationContextProvider {

    private static final String POSTGRES_URL_VARIABLE = "GOLDEN_TEST_POSTGRES_URL";

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(new Invocation(false), new Invocation(true));
    }

    private record Invocation(boolean postgres) implements TestTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return postgres ? "PostgreSQL" : "H2";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Fixture(postgres));
        }
    }

    private static final class Fixture implements ParameterResolver, ExecutionCondition {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Fixture.class);

        private final boolean postgres;

        Fixture(boolean postgres) {
            this.postgres = postgres;
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (postgres && postgresUrl().isEmpty()) {
                return ConditionEvaluationResult.disabled(POSTGRES_URL_VARIABLE + " is not set (see .ci/postgres-start)");
            }
            return ConditionEvaluationResult.enabled(postgres ? "PostgreSQL" : "H2");
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == TestHub.class || type == Store.class || type == StoreConfig.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Opened opened = context.getStore(NAMESPACE).getOrComputeIfAbsent("opened", key -> open(), Opened.class);
            Class<?> type = parameter.getParameter().getType();
            return type == Store.class ? opened.hub().store() : type == StoreConfig.class ? opened.config() : opened.hub();
        }

        private Opened open() {
            TestClock clock = new TestClock();
            if (!postgres) {
                try {
                    Path home = Files.createTempDirectory("golden-hub-test");
                    return Opened.of(StoreConfig.embedded(home), clock, () -> deleteTree(home));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            String url = postgresUrl();
            String schema = "golden_hub_test_" + UUID.randomUUID().toString().replace("-", "");
            execute(url, "CREATE SCHEMA " + schema);
            StoreConfig config = StoreConfig.of(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    user(), "").withMaxPoolSize(4);
            return Opened.of(config, clock, () -> execute(url, "DROP SCHEMA " + schema + " CASCADE"));
        }

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

    /** An open test hub and how to throw its database away; JUnit closes it after the test. */
    private record Opened(TestHub hub, StoreConfig config, Runnable dispose)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        static Opened of(StoreConfig config, TestClock clock, Runnable dispose) {
            Store store = Store.open(config, clock);
            return new Opened(new TestHub(store, ReadPool.open(config), clock), config, dispose);
        }

        @Override
        public void close() {
            hub.reads().close();
            hub.store().close();
            dispose.run();
        }
    }
}
