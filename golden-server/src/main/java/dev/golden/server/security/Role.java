package dev.golden.server.security;

/**
 * What a user is in the hub. Mirrors the store's roles by name; what each may do is declared once,
 * in {@link Permission}.
 */
public enum Role {
  /** A call-centre agent or a system entering records: searches, creates, proposes changes. */
  AGENT,
  /** A data steward: also reviews duplicates, merges and unmerges, edits unprotected fields. */
  STEWARD,
  /** Also approves or rejects change requests to protected fields. */
  APPROVER,
  /** Everything, including users and API tokens. */
  ADMIN
}
