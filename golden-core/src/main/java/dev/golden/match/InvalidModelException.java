package dev.golden.match;

/** A model file that cannot be used; the message names the file and the problem. */
public final class InvalidModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidModelException(String message) {
    super(message);
  }
}
