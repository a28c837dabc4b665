package dev.golden.server.console;

/** A value with its label, for lists on pages. */
record Labeled(String label, String value) {}
