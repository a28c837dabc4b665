package dev.golden.hub;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A hub test run once per database: on H2 always, on PostgreSQL when {@code GOLDEN_TEST_POSTGRES_URL}
 * names one. Each run gets a fresh, empty store (and its {@code StoreConfig}) as parameters.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(HubStores.class)
@interface StoreTest {
}
