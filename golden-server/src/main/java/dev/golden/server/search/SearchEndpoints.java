package dev.golden.server.search;

import dev.golden.server.hub.Hub;
import io.javalin.http.Handler;

/** The handler of the agent's search, for the route table. */
public record SearchEndpoints(Handler search) {

  public static SearchEndpoints of(Hub hub) {
    return new SearchEndpoints(new SearchHandler(hub)::search);
  }
}
