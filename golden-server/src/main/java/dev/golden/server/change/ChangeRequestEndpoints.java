package dev.golden.server.change;

import dev.golden.server.hub.Hub;
import io.javalin.http.Handler;

/** The handlers of change requests, for the route table. */
public record ChangeRequestEndpoints(Handler list, Handler approve, Handler reject) {

  public static ChangeRequestEndpoints of(Hub hub) {
    ChangeRequestHandlers handlers = new ChangeRequestHandlers(hub);
    return new ChangeRequestEndpoints(handlers::list, handlers::approve, handlers::reject);
  }
}
