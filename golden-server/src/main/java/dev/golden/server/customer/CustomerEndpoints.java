package dev.golden.server.customer;

import dev.golden.server.hub.Hub;
import io.javalin.http.Handler;
import java.time.Clock;

/** The handlers of the customer resources, for the route table. */
public record CustomerEndpoints(Handler create, Handler attachRecord, Handler show, Handler list, Handler edit,
    Handler history, Handler affiliations) {

  public static CustomerEndpoints of(Hub hub) {
    CustomerHandlers handlers = new CustomerHandlers(hub, new PendingChecks(Clock.systemUTC()));
    return new CustomerEndpoints(handlers::create, handlers::attachRecord, handlers::show, handlers::list,
        handlers::edit, handlers::history, handlers::affiliations);
  }
}
