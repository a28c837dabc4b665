package dev.golden.server.http;

/** 403: the caller is known but their role does not grant what the route needs. */
public final class Forbidden extends ApiException {

  private static final long serialVersionUID = 1L;

  public Forbidden(String message) {
    super("forbidden", message, null);
  }

  @Override
  public int status() {
    return 403;
  }
}
