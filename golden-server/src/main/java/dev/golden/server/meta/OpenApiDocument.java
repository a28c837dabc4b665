package dev.golden.server.meta;

import dev.golden.server.http.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The hand-written OpenAPI 3 description of the API, served as it is. Written by hand so it can
 * explain; a test keeps it in step with the route table, so it cannot drift.
 */
final class OpenApiDocument {

  static final String RESOURCE = "openapi.json";

  private final byte[] json;

  private OpenApiDocument(byte[] json) {
    this.json = json;
  }

  static OpenApiDocument load() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new OpenApiDocument(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void serve(Context ctx) {
    ctx.status(200).contentType(Json.CONTENT_TYPE).result(json);
  }
}
