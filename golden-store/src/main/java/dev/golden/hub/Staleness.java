package dev.golden.hub;

/**
 * How many values with a freshness interval there are, and how many of them are past it.
 */
public record Staleness(long trackedValues, long staleValues) {

    /** The stale share of tracked values, 0 when nothing is tracked. */
    public double share() {
        return trackedValues == 0 ? 0 : (double) staleValues / trackedValues;
    }
}
