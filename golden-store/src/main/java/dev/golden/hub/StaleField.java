package dev.golden.hub;

import java.time.Duration;
import java.time.Instant;

/**
 * A value due for re-verification.
 *
 * @param confirmedAt when it was last verified or, if never, received
 * @param neverVerified whether no person or source has ever confirmed it
 * @param age how long ago {@code confirmedAt} was
 */
public record StaleField(String field, String value, Instant confirmedAt, boolean neverVerified, Duration age) {
}
