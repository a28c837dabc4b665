package dev.golden.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to the one JSON error body, in one place: typed {@link ApiException}s to their
 * status, Javalin's own responses (unknown route, body too large) to a code derived from the
 * status, and anything else to a 500 whose details stay in the server log.
 */
public final class ApiErrors {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  /** Both schemes the API accepts, so a client learns how to authenticate from the 401. */
  static final String CHALLENGE = "Basic realm=\"Golden\", charset=\"UTF-8\", Bearer realm=\"Golden\"";

  private static final Map<Integer, String> CODES = Map.of(
      400, "bad_request",
      404, "not_found",
      405, "method_not_allowed",
      413, "payload_too_large",
      415, "unsupported_media_type",
      503, "unavailable");

  private ApiErrors() {}

  /** Installs the mapping on {@code app}. */
  public static void install(Javalin app) {
    app.exception(ApiException.class, (failure, ctx) -> write(ctx, failure.status(), ErrorBody.of(failure)));
    app.exception(HttpResponseException.class, (failure, ctx) -> writeStatus(ctx, failure.getStatus(), failure.getMessage()));
    app.exception(Exception.class, (failure, ctx) -> {
      LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), failure);
      write(ctx, 500, new ErrorBody("internal_error", "Internal server error; the details are in the server log", null));
    });
    for (int status : CODES.keySet()) {
      app.error(status, ctx -> {
        // Only a bare status gets a body here; one already written (by a handler) stays.
        if (ctx.resultInputStream() == null) {
          writeStatus(ctx, status, defaultMessage(ctx, status));
        }
      });
    }
  }

  /** Answers with {@code failure}'s error body, for mappings of other exceptions installed elsewhere. */
  public static void respond(Context ctx, ApiException failure) {
    write(ctx, failure.status(), ErrorBody.of(failure));
  }

  private static void writeStatus(Context ctx, int status, String message) {
    String code = CODES.getOrDefault(status, "http_" + status);
    write(ctx, status, new ErrorBody(code, message == null || message.isBlank() ? code : message, null));
  }

  private static String defaultMessage(Context ctx, int status) {
    return switch (status) {
      case 404 -> "no route for " + ctx.method() + " " + ctx.path();
      case 405 -> ctx.method() + " is not allowed on " + ctx.path();
      default -> CODES.get(status);
    };
  }

  private static void write(Context ctx, int status, ErrorBody body) {
    if (status == 401) {
      ctx.header("WWW-Authenticate", CHALLENGE);
    }
    Json.respond(ctx, status, body);
  }
}
