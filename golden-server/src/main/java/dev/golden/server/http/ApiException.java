package dev.golden.server.http;

import java.util.Optional;

/**
 * A failure the client caused or must know about. Handlers throw one of the permitted subtypes;
 * {@link ApiErrors} turns it into the one JSON error body with the subtype's status code.
 *
 * <p>These are control flow, not bugs, so they carry no stack trace.
 */
public abstract sealed class ApiException extends RuntimeException
    permits InvalidInput, Unauthenticated, Forbidden, NotFound, Conflict, PreconditionRequired {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String field;

  ApiException(String code, String message, String field) {
    super(message, null, false, false);
    this.code = requireText(code, "code");
    requireText(message, "message");
    this.field = field;
  }

  /** The HTTP status code this failure maps to. */
  public abstract int status();

  /** A stable, machine-readable identifier such as {@code version_conflict}. */
  public String code() {
    return code;
  }

  /** The request field (JSON path, query parameter or header) at fault, if one is. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
