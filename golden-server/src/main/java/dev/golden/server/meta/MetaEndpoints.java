package dev.golden.server.meta;

import io.javalin.http.Handler;

/** The handlers that describe the server itself: health and the OpenAPI document. */
public record MetaEndpoints(Handler health, Handler openApi) {

  public static MetaEndpoints create() {
    OpenApiDocument document = OpenApiDocument.load();
    return new MetaEndpoints(HealthHandler::show, document::serve);
  }
}
