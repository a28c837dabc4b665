package dev.golden.store;

/** What a match link says about its pair. */
public enum LinkKind {
    SAME, POSSIBLY_SAME, DIFFERENT
}
