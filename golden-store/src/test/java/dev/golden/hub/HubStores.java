package dev.golden.hub;

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

/** Runs each hub {@link StoreTest} on H2 and on PostgreSQL, on a fresh database each time. */
final class HubStores implements TestTemplateInvocationContextProvider {

    private static final String POSTGRES_URL = "GOLDEN_TEST_POSTGRES_URL";

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
        public String getDisplayName(int index) {
            return postgres ? "PostgreSQL" : "H2";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Fixture(postgres));
        }
    }

    private record Fixture(boolean postgres) implements ParameterResolver, ExecutionCondition {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Fixture.class);

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return postgres && postgresUrl().isEmpty()
                    ? ConditionEvaluationResult.disabled(POSTGRES_URL + " is not set (see .ci/postgres-start)")
                    : ConditionEvaluationResult.enabled("database available");
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == Store.class || type == StoreConfig.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Opened opened = context.getStore(NAMESPACE).getOrComputeIfAbsent("opened", k -> open(), Opened.class);
            return parameter.getParameter().getType() == Store.class ? opened.store() : opened.config();
        }

        private Opened open() {
            if (!postgres) {
                try {
                    Path home = Files.createTempDirectory("golden-hub-test");
                    StoreConfig config = StoreConfig.embedded(home);
                    return new Opened(Store.open(config), config, () -> deleteTree(home));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            String url = postgresUrl();
            String schema = "golden_hub_" + UUID.randomUUID().toString().replace("-", "");
            execute(url, "CREATE SCHEMA " + schema);
            StoreConfig config = StoreConfig.of(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    user(), "").withMaxPoolSize(4);
            return new Opened(Store.open(config), config, () -> execute(url, "DROP SCHEMA " + schema + " CASCADE"));
        }

        private static String postgresUrl() {
            String url = System.getenv(POSTGRES_URL);
            return url == null ? "" : url.trim();
        }

        private static String user() {
            String user = System.getenv("GOLDEN_TEST_POSTGRES_USER");
            return user == null || user.isBlank() ? "postgres" : user;
        }

        private static void execute(String url, String sql) {
            try (Connection c = DriverManager.getConnection(url, user(), ""); Statement s = c.createStatement()) {
                s.execute(sql);
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

    private record Opened(Store store, StoreConfig config, Runnable dispose)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            store.close();
            dispose.run();
        }
    }
}
