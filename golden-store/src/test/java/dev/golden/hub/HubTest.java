package dev.golden.hub;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test run once per database: on H2 always, on PostgreSQL when {@code GOLDEN_TEST_POSTGRES_URL}
 * names one (else reported as skipped). Each run gets a {@link TestHub} on a fresh, empty store
 * (or that store, or its {@code StoreConfig}, as parameters).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(HubFixtures.class)
@interface HubTest {
}
