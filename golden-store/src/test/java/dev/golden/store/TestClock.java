package dev.golden.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand (shared by the store's and the hub's tests). */
public final class TestClock extends Clock {

    private Instant now = Instant.parse("2025-03-14T09:26:53.589793Z");

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Calendar time, in UTC: months and years as a calendar counts them. */
    public synchronized void advance(Period period) {
        now = now.atOffset(ZoneOffset.UTC).plus(period).toInstant();
    }
}
