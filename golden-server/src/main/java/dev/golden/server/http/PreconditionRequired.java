package dev.golden.server.http;

/** 428: an update came without the {@code If-Match} header that optimistic locking needs. */
public final class PreconditionRequired extends ApiException {

  private static final long serialVersionUID = 1L;

  public PreconditionRequired(String header, String message) {
    super("precondition_required", message, header);
  }

  @Override
  public int status() {
    return 428;
  }
}
