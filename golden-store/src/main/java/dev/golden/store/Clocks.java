package dev.golden.store;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

final class Clocks {

    private Clocks() {
    }

    /** Now, at the microsecond precision both databases keep, so what is written reads back equal. */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
