package dev.golden.store;

/** Who stands behind a match link. */
public enum LinkStatus {
    /** Decided by a person; the model never overrides it. */
    ASSERTED,
    /** Scored by the model. */
    INFERRED,
    /** A person withdrew the earlier decision; the pair is open again. */
    RETRACTED
}
