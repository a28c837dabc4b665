package dev.golden.store;

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

/** Runs each {@link StoreTest} on H2 and on PostgreSQL, each time on a fresh, empty database. */
final class StoreFixtures implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(new Invocation(TestDatabase.H2), new Invocation(TestDatabase.POSTGRESQL));
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

    /** Opens the store on first use in a test and throws its database away after the test. */
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

        private static Opened open(TestDatabase database) {
            TestClock clock = new TestClock();
            TestDatabase.Fresh fresh = database.create();
            return new Opened(Store.open(fresh.config(), clock), clock, fresh.config(), fresh.dispose());
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
