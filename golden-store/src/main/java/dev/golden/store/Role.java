package dev.golden.store;

/** What a hub user may do; the server decides which endpoints each role reaches. */
public enum Role {
    /** Enters and looks up customers; changes to protected fields become change requests. */
    AGENT,
    /** Curates customers: edits, merges, unmerges, resolves quarantine. */
    STEWARD,
    /** Approves or rejects change requests. */
    APPROVER,
    /** Manages users and tokens, and may do everything else. */
    ADMIN
}
