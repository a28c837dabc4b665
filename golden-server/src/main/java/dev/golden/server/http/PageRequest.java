package dev.golden.server.http;

import io.javalin.http.Context;

/**
 * Which slice of a list the client asked for, from {@code ?page=&size=}. Pages count from 1;
 * the size is capped so that no request can ask the store for everything at once.
 */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 1) {
      throw InvalidInput.field("page", "page counts from 1");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw InvalidInput.field("size", "size must be between 1 and " + MAX_SIZE);
    }
  }

  /** The page the query parameters ask for; page 1 of {@value #DEFAULT_SIZE} when they are absent. */
  public static PageRequest from(Context ctx) {
    return new PageRequest(parameter(ctx, "page", 1), parameter(ctx, "size", DEFAULT_SIZE));
  }

  /** How many items come before this page, for a store's {@code OFFSET}. */
  public long offset() {
    return (long) (page - 1) * size;
  }

  private static int parameter(Context ctx, String name, int fallback) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw InvalidInput.field(name, name + " must be a whole number, not '" + raw + "'");
    }
  }
}
