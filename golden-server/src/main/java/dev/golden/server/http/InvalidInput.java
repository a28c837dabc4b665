package dev.golden.server.http;

/** 400: the request is malformed or a value fails validation. */
public final class InvalidInput extends ApiException {

  private static final long serialVersionUID = 1L;

  private InvalidInput(String code, String message, String field) {
    super(code, message, field);
  }

  /** A value of {@code field} is not acceptable. */
  public static InvalidInput field(String field, String message) {
    return new InvalidInput("invalid_field", message, field);
  }

  /** A required {@code field} is absent. */
  public static InvalidInput missing(String field) {
    return new InvalidInput("missing_field", field + " is required", field);
  }

  /** The request as a whole cannot be read, e.g. its body is not JSON. */
  public static InvalidInput request(String code, String message) {
    return new InvalidInput(code, message, null);
  }

  @Override
  public int status() {
    return 400;
  }
}
