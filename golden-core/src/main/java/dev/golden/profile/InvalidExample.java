package dev.golden.profile;

/** A value that failed validation against its field's role, and why. */
public record InvalidExample(String value, String problem) {}
