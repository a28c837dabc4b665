package dev.golden.record;

/** Input that cannot be matched as it is; the message names the file, line, record or field. */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }
}
