package dev.golden.server.http;

/**
 * 401: no credentials, or credentials that do not identify an active user. The message never says
 * which part was wrong, so it cannot be used to probe for user names.
 */
public final class Unauthenticated extends ApiException {

  private static final long serialVersionUID = 1L;

  public Unauthenticated(String message) {
    super("unauthenticated", message, null);
  }

  @Override
  public int status() {
    return 401;
  }
}
