package dev.golden.server.http;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * Optimistic locking over HTTP. A resource carries a {@code version} in its body and the same
 * version as its {@code ETag}; an update must send that ETag back in {@code If-Match}. Without it
 * the server answers 428, so clients cannot skip the check by accident; with an old one it answers
 * 409, so the second of two stewards editing the same customer gets a conflict, not a lost update.
 *
 * <p>Handlers pass {@link #expected(Context)} to the store, whose update is conditional on it
 * ({@code ... WHERE version = ?}); {@link #check} serves handlers that compare in memory.
 */
public final class Versions {

  public static final String IF_MATCH = "If-Match";
  public static final String ETAG = "ETag";

  private static final Pattern STRONG_TAG = Pattern.compile("\"(\\d{1,18})\"");

  private Versions() {}

  /** Sets the response's ETag to {@code version}. */
  public static void tag(Context ctx, long version) {
    ctx.header(ETAG, etag(version));
  }

  /** The ETag for {@code version}: the number in quotes. */
  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /** The version the client read, from {@code If-Match}; 428 if absent, 400 if not one of ours. */
  public static long expected(Context ctx) {
    String header = ctx.header(IF_MATCH);
    if (header == null || header.isBlank()) {
      throw new PreconditionRequired(IF_MATCH,
          "updates need an If-Match header with the ETag of the version they change");
    }
    var tag = STRONG_TAG.matcher(header.strip());
    if (!tag.matches()) {
      throw InvalidInput.field(IF_MATCH,
          "If-Match must be one ETag as this server sent it, e.g. \"3\"; not " + header);
    }
    return Long.parseLong(tag.group(1));
  }

  /** Fails with 409 unless the client's expected version is the current one. */
  public static void check(long expected, long current) {
    if (expected != current) {
      throw Conflict.staleVersion(expected, current);
    }
  }
}
