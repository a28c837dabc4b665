package dev.golden.store;

/** Where a golden record stands. */
public enum CustomerStatus {
    /** A customer in use. */
    ACTIVE,
    /** Folded into another customer ({@link Customer#mergedInto()}); an unmerge can bring it back. */
    MERGED,
    /** No longer a customer; kept for history. */
    RETIRED
}
