package dev.golden.profile;

/** A value (or pattern) and how many times it occurs. */
public record ValueCount(String value, long count) {}
