package dev.golden.server.change;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.golden.hub.Actor;
import dev.golden.server.http.InvalidInput;
import dev.golden.server.http.Json;
import dev.golden.server.http.Page;
import dev.golden.server.http.PageRequest;
import dev.golden.server.hub.Hub;
import dev.golden.server.security.AccessControl;
import dev.golden.server.security.Principal;
import dev.golden.store.ChangeRequest;
import dev.golden.store.ChangeStatus;
import dev.golden.store.Role;
import io.javalin.http.Context;
import java.time.Instant;

/** Change requests to protected fields: the approver's queue and decisions (never on one's own request). */
final class ChangeRequestHandlers {

  private final Hub hub;

  ChangeRequestHandlers(Hub hub) {
    this.hub = hub;
  }

  /** {@code GET /api/change-requests?status=PENDING}: the oldest first. */
  void list(Context ctx) {
    String status = ctx.queryParam("status");
    if (status != null && !status.equalsIgnoreCase(ChangeStatus.PENDING.name())) {
      throw InvalidInput.field("status", "only PENDING requests are listed; decided ones are in each customer's history");
    }
    PageRequest page = PageRequest.from(ctx);
    var found = hub.store().changeRequests().pending(page.offset(), page.size());
    Json.respond(ctx, 200, Page.of(page, found.items().stream().map(View::of).toList(), found.total()));
  }

  /** {@code POST /api/change-requests/{id}/approve}: applies the value in the same transaction. */
  void approve(Context ctx) {
    long id = requestId(ctx);
    ChangeRequest approved = hub.approvals().approve(id, actor(ctx), comment(ctx));
    hub.indexSync().refresh(approved.customerId());
    Json.respond(ctx, 200, View.of(approved));
  }

  /** {@code POST /api/change-requests/{id}/reject}: the customer keeps its value. */
  void reject(Context ctx) {
    long id = requestId(ctx);
    Json.respond(ctx, 200, View.of(hub.approvals().reject(id, actor(ctx), comment(ctx))));
  }

  private static Actor actor(Context ctx) {
    Principal caller = AccessControl.currentUser(ctx);
    return new Actor(caller.username(), Role.valueOf(caller.role().name()));
  }

  /** The optional comment of a decision; the body itself may be left out. */
  private static String comment(Context ctx) {
    if (ctx.bodyAsBytes().length == 0) {
      return null;
    }
    String comment = Json.read(ctx, Decision.class).comment();
    return comment == null || comment.isBlank() ? null : comment.strip();
  }

  private static long requestId(Context ctx) {
    String raw = ctx.pathParam("id");
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw InvalidInput.field("id", "a change request id is a number, not '" + raw + "'");
    }
  }

  record Decision(String comment) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record View(long id, long customerId, String field, String oldValue, String newValue, String requestedBy,
      Instant requestedAt, String status, String decidedBy, Instant decidedAt, String comment) {
    static View of(ChangeRequest r) {
      return new View(r.id(), r.customerId(), r.field(), r.oldValue().orElse(null), r.newValue(), r.requestedBy(),
          r.requestedAt(), r.status().name(), r.decidedBy().orElse(null), r.decidedAt().orElse(null),
          r.comment().orElse(null));
    }
  }
}
