package dev.golden.synth;

/** What {@link SyntheticCustomers#write} wrote. */
public record GenerationSummary(int people, int records, long truthPairs) {}
