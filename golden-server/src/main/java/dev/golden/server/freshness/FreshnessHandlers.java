package dev.golden.server.freshness;

import dev.golden.hub.Actor;
import dev.golden.hub.StaleCustomer;
import dev.golden.hub.StaleField;
import dev.golden.server.http.InvalidInput;
import dev.golden.server.http.Json;
import dev.golden.server.http.Page;
import dev.golden.server.http.PageRequest;
import dev.golden.server.http.Versions;
import dev.golden.server.hub.Hub;
import dev.golden.server.security.AccessControl;
import dev.golden.server.security.Principal;
import dev.golden.store.Customer;
import dev.golden.store.Role;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/** The re-verification queue, and verifications recorded when a customer confirms their values. */
final class FreshnessHandlers {

  private final Hub hub;

  FreshnessHandlers(Hub hub) {
    this.hub = hub;
  }

  /** {@code GET /api/freshness/stale}: customers with values past their interval, waiting longest first. */
  void stale(Context ctx) {
    PageRequest page = PageRequest.from(ctx);
    var found = hub.freshness().staleQueue(page.offset(), page.size());
    Json.respond(ctx, 200, Page.of(page, found.items().stream().map(Due::of).toList(), found.total()));
  }

  /** {@code POST /api/customers/{id}/verify} with If-Match: the named values were confirmed now. */
  void verify(Context ctx) {
    String raw = ctx.pathParam("id");
    long id;
    try {
      id = Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw InvalidInput.field("id", "a customer id is a number, not '" + raw + "'");
    }
    long expected = Versions.expected(ctx);
    Verification request = Json.read(ctx, Verification.class);
    if (request.fields() == null || request.fields().isEmpty()) {
      throw InvalidInput.missing("fields");
    }
    Principal caller = AccessControl.currentUser(ctx);
    Customer verified = hub.freshness().verify(id, expected, request.fields(),
        new Actor(caller.username(), Role.valueOf(caller.role().name())));
    Versions.tag(ctx, verified.version());
    Json.respond(ctx, 200, new Verified(verified.id(), verified.version(), List.copyOf(request.fields())));
  }

  record Verification(List<String> fields) {}

  record Verified(long customerId, long version, List<String> fields) {}

  record Field(String field, String value, Instant confirmedAt, boolean neverVerified, long ageDays) {
    static Field of(StaleField f) {
      return new Field(f.field(), f.value(), f.confirmedAt(), f.neverVerified(), f.age().toDays());
    }
  }

  record Due(long customerId, long version, List<Field> fields) {
    static Due of(StaleCustomer c) {
      return new Due(c.customerId(), c.version(), c.fields().stream().map(Field::of).toList());
    }
  }
}
