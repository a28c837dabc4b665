package dev.golden.server.console;

import dev.golden.hub.InvalidValueException;
import dev.golden.hub.NotPermittedException;
import dev.golden.server.http.ApiException;
import dev.golden.server.http.Forbidden;
import dev.golden.store.EntityNotFoundException;
import dev.golden.store.StaleVersionException;
import dev.golden.store.StateConflictException;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** A page that says what went wrong, for refusals of the hub a person can act on. */
final class Problems {

  /** The problem page's model. */
  record View(Chrome chrome, String detail) {}

  private Problems() {}

  static void show(Pages pages, Context ctx, int status, String titleKey, String detail) {
    pages.render(ctx, status, "problem.jte", new View(pages.chrome(ctx, titleKey), detail));
  }

  /** Runs {@code handler}, showing the hub's refusals (stale version, conflict, not found...) as pages. */
  static Handler guard(Pages pages, Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (Forbidden e) {
        throw e;
      } catch (ApiException e) {
        show(pages, ctx, e.status(), e.status() == 404 ? "problem.notFound" : "problem.invalid", e.getMessage());
      } catch (EntityNotFoundException e) {
        show(pages, ctx, 404, "problem.notFound", e.getMessage());
      } catch (StaleVersionException e) {
        show(pages, ctx, 409, "problem.stale", e.getMessage());
      } catch (StateConflictException | InvalidValueException e) {
        show(pages, ctx, 409, "problem.invalid", e.getMessage());
      } catch (NotPermittedException e) {
        show(pages, ctx, 403, "problem.forbidden", e.getMessage());
      }
    };
  }
}
