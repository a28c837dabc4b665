package dev.golden.server.console;

import dev.golden.hub.Actor;
import dev.golden.hub.StaleCustomer;
import dev.golden.server.http.InvalidInput;
import dev.golden.server.hub.Hub;
import dev.golden.server.security.AccessControl;
import dev.golden.server.security.Principal;
import dev.golden.store.Role;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The re-verification queue: customers whose values are past their freshness interval, waiting
 * longest first. "Verified" confirms the values as they are; "update" opens the customer to edit.
 */
final class StalePages {

  static final int PAGE = 30;

  record StaleValue(String field, String label, String value, long ageDays, boolean neverVerified) {}

  record Row(long customerId, String name, long version, List<StaleValue> values) {}

  record View(Chrome chrome, List<Row> rows, long total, String notice) {}

  private final Pages pages;
  private final Hub hub;

  StalePages(Pages pages, Hub hub) {
    this.pages = pages;
    this.hub = hub;
  }

  void list(Context ctx) {
    Chrome chrome = pages.chrome(ctx, "stale.title");
    var queue = hub.freshness().staleQueue(0, PAGE);
    List<Row> rows = new ArrayList<>();
    for (StaleCustomer due : queue.items()) {
      rows.add(new Row(due.customerId(),
          hub.store().customers().find(due.customerId()).map(Names::of).orElse("#" + due.customerId()), due.version(),
          due.fields().stream().map(f -> new StaleValue(f.field(), chrome.field(f.field()), f.value(), f.age().toDays(),
              f.neverVerified())).toList()));
    }
    String notice = ctx.queryParam("verified") != null ? chrome.t("stale.verified") : "";
    pages.render(ctx, "stale.jte", new View(chrome, rows, queue.total(), notice));
  }

  void verify(Context ctx) {
    long id = ReviewPages.pathId(ctx, "id");
    long version = Long.parseLong(Optional.ofNullable(ctx.formParam("version")).orElse("-1"));
    List<String> fields = ctx.formParams("field");
    if (fields.isEmpty()) {
      throw InvalidInput.missing("field");
    }
    Principal who = AccessControl.currentUser(ctx);
    hub.freshness().verify(id, version, fields, new Actor(who.username(), Role.valueOf(who.role().name())));
    ctx.redirect("/console/stale?verified=" + id, HttpStatus.SEE_OTHER);
  }
}
