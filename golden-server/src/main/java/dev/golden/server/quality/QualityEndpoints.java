package dev.golden.server.quality;

import dev.golden.server.hub.Hub;
import io.javalin.http.Handler;

/** The handlers of data-quality figures, for the route table. */
public record QualityEndpoints(Handler now, Handler history) {

  public static QualityEndpoints of(Hub hub) {
    QualityHandlers handlers = new QualityHandlers(hub);
    return new QualityEndpoints(handlers::now, handlers::history);
  }
}
