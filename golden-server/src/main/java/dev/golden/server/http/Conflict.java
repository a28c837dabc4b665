package dev.golden.server.http;

/** 409: the request contradicts the current state, e.g. it was based on a stale version. */
public final class Conflict extends ApiException {

  private static final long serialVersionUID = 1L;

  private Conflict(String code, String message, String field) {
    super(code, message, field);
  }

  /** Someone else changed the resource since the caller read {@code expected}. */
  public static Conflict staleVersion(long expected, long current) {
    return new Conflict("version_conflict",
        "version " + expected + " is stale; the current version is " + current
            + ": read the resource again and reapply the change",
        null);
  }

  /** The value of {@code field} must be unique and is already taken. */
  public static Conflict alreadyExists(String field, String message) {
    return new Conflict("already_exists", message, field);
  }

  /** The operation does not fit the resource's current state, e.g. a merge undone already. */
  public static Conflict state(String message) {
    return new Conflict("state_conflict", message, null);
  }

  /** The request needs a decision first, e.g. a new record that looks like existing customers. */
  public static Conflict of(String code, String message, String field) {
    return new Conflict(code, message, field);
  }

  @Override
  public int status() {
    return 409;
  }
}
