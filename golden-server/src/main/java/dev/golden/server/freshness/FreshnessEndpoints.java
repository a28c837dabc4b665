package dev.golden.server.freshness;

import dev.golden.server.hub.Hub;
import io.javalin.http.Handler;

/** The handlers of re-verification, for the route table. */
public record FreshnessEndpoints(Handler stale, Handler verify) {

  public static FreshnessEndpoints of(Hub hub) {
    FreshnessHandlers handlers = new FreshnessHandlers(hub);
    return new FreshnessEndpoints(handlers::stale, handlers::verify);
  }
}
