package dev.golden.server.http;

/** 404: the route or the resource it names does not exist. */
public final class NotFound extends ApiException {

  private static final long serialVersionUID = 1L;

  public NotFound(String message) {
    super("not_found", message, null);
  }

  @Override
  public int status() {
    return 404;
  }
}
