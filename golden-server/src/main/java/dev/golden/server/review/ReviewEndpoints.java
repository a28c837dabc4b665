package dev.golden.server.review;

import dev.golden.server.hub.Hub;
import io.javalin.http.Handler;

/** The handlers of duplicate review and merges, for the route table. */
public record ReviewEndpoints(Handler queue, Handler decide, Handler merge, Handler undo) {

  public static ReviewEndpoints of(Hub hub) {
    ReviewHandlers handlers = new ReviewHandlers(hub);
    return new ReviewEndpoints(handlers::queue, handlers::decide, handlers::merge, handlers::undo);
  }
}
