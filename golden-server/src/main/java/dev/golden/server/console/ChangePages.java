package dev.golden.server.console;

import dev.golden.hub.Actor;
import dev.golden.server.http.InvalidInput;
import dev.golden.server.hub.Hub;
import dev.golden.server.security.AccessControl;
import dev.golden.server.security.Permission;
import dev.golden.server.security.Principal;
import dev.golden.store.ChangeRequest;
import dev.golden.store.Role;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;

/** Pending changes to protected fields, before and after; approvers approve or reject with a comment. */
final class ChangePages {

  static final int PAGE = 50;

  record Row(long id, long customerId, String customer, String label, String before, String after,
      String requestedBy, String requestedAt, boolean own) {}

  record View(Chrome chrome, List<Row> rows, long total, boolean mayDecide, String notice) {}

  private final Pages pages;
  private final Hub hub;

  ChangePages(Pages pages, Hub hub) {
    this.pages = pages;
    this.hub = hub;
  }

  void list(Context ctx) {
    Chrome chrome = pages.chrome(ctx, "changes.title");
    Principal who = AccessControl.currentUser(ctx);
    var pending = hub.store().changeRequests().pending(0, PAGE);
    List<Row> rows = pending.items().stream().map(r -> new Row(r.id(), r.customerId(),
        hub.store().customers().find(r.customerId()).map(Names::of).orElse("#" + r.customerId()),
        chrome.field(r.field()), r.oldValue().orElse(""), r.newValue(), r.requestedBy(),
        CustomerPages.WHEN.format(r.requestedAt()), r.requestedBy().equals(who.username()))).toList();
    String decided = ctx.queryParam("decided");
    String notice = decided != null && decided.matches("approved|rejected") ? chrome.t("changes." + decided) : "";
    pages.render(ctx, "changes.jte", new View(chrome, rows, pending.total(),
        Permission.DECIDE_CHANGE_REQUEST.isGrantedTo(who.role()), notice));
  }

  void decide(Context ctx) {
    long id = ReviewPages.pathId(ctx, "id");
    Principal who = AccessControl.currentUser(ctx);
    Actor actor = new Actor(who.username(), Role.valueOf(who.role().name()));
    String comment = Optional.ofNullable(ctx.formParam("comment")).map(String::strip).filter(c -> !c.isEmpty())
        .orElse(null);
    String decision = Optional.ofNullable(ctx.formParam("decision")).orElse("");
    switch (decision) {
      case "approve" -> {
        ChangeRequest approved = hub.approvals().approve(id, actor, comment);
        hub.indexSync().refresh(approved.customerId());
      }
      case "reject" -> hub.approvals().reject(id, actor, comment);
      default -> throw InvalidInput.field("decision", "decision is approve or reject, not '" + decision + "'");
    }
    ctx.redirect("/console/changes?decided=" + (decision.equals("approve") ? "approved" : "rejected"),
        HttpStatus.SEE_OTHER);
  }
}
