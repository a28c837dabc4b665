package dev.golden.profile;

/**
 * A number of distinct values.
 *
 * @param value the count
 * @param exact false when the column had more distinct values than the profiler keeps, and the
 *     count is a HyperLogLog estimate (standard error about 0.8%)
 */
public record DistinctCount(long value, boolean exact) {}
