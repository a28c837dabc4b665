package dev.golden.dictionary;

/** A dictionary file that cannot be used; the message names the field and the rule. */
public final class InvalidDictionaryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidDictionaryException(String message) {
    super(message);
  }
}
