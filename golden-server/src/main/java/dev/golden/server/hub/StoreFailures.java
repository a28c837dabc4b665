package dev.golden.server.hub;

import dev.golden.hub.InvalidValueException;
import dev.golden.hub.NotPermittedException;
import dev.golden.server.http.ApiErrors;
import dev.golden.server.http.Conflict;
import dev.golden.server.http.Forbidden;
import dev.golden.server.http.InvalidInput;
import dev.golden.server.http.NotFound;
import dev.golden.store.EntityNotFoundException;
import dev.golden.store.StaleVersionException;
import dev.golden.store.StateConflictException;
import io.javalin.Javalin;

/**
 * The store's and the hub's refusals as API errors, so handlers can let them through: a stale
 * version is the 409 of optimistic locking, a state conflict another 409, a missing entity 404,
 * an invalid value 400 naming its field, a refused four-eyes rule 403.
 */
public final class StoreFailures {

  private StoreFailures() {}

  public static void install(Javalin app) {
    app.exception(StaleVersionException.class, (e, ctx) ->
        ApiErrors.respond(ctx, Conflict.staleVersion(e.expectedVersion(), e.actualVersion())));
    app.exception(StateConflictException.class, (e, ctx) ->
        ApiErrors.respond(ctx, Conflict.state(e.getMessage())));
    app.exception(EntityNotFoundException.class, (e, ctx) ->
        ApiErrors.respond(ctx, new NotFound(e.getMessage())));
    app.exception(InvalidValueException.class, (e, ctx) ->
        ApiErrors.respond(ctx, InvalidInput.field(e.field(), e.getMessage())));
    app.exception(NotPermittedException.class, (e, ctx) ->
        ApiErrors.respond(ctx, new Forbidden(e.getMessage())));
  }
}
