package dev.golden.hub;

import dev.golden.store.TestClock;
import dev.golden.store.TestDatabase;
import dev.golden.store.Store;
import dev.golden.store.StoreConfig;
import java.util.List;
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
 * on a fresh, empty database ({@link TestDatabase}, shared with the store's own tests).
 */
final class HubFixtures implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(TestDatabase.values()).map(Invocation::new);
    }

    private record Invocation(TestDatabase database) implements TestTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return database.displayName();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Fixture(database));
        }
    }

    private static final class Fixture implements ParameterResolver, ExecutionCondition {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Fixture.class);

        private final TestDatabase database;

        Fixture(TestDatabase database) {
            this.database = database;
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return database.unavailable().map(ConditionEvaluationResult::disabled)
                    .orElse(ConditionEvaluationResult.enabled(database.displayName()));
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
            TestDatabase.Fresh fresh = database.create();
            return Opened.of(fresh.config(), new TestClock(), fresh.dispose());
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
