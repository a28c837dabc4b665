package dev.golden.store;

public enum QuarantineStatus {
    /** Waiting for someone to fix or discard it. */
    OPEN,
    /** Fixed and sent through the import again. */
    RESUBMITTED,
    /** Dropped on purpose. */
    DISCARDED
}
