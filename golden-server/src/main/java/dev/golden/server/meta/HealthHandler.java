package dev.golden.server.meta;

import dev.golden.server.http.Json;
import io.javalin.http.Context;
import java.util.Map;

/** {@code GET /api/health}: answers as soon as the server accepts requests; needs no credentials. */
final class HealthHandler {

  private static final Map<String, String> UP = Map.of("status", "up");

  private HealthHandler() {}

  static void show(Context ctx) {
    Json.respond(ctx, 200, UP);
  }
}
