package dev.golden.profile;

/** Lengths (in characters, after trimming) of the non-missing values of a column; zeros when none. */
public record LengthStats(int min, int max, double mean) {}
