package dev.golden.server.customer;

import dev.golden.hub.Actor;
import dev.golden.hub.Edit;
import dev.golden.server.customer.CustomerEntry.Created;
import dev.golden.server.customer.CustomerEntry.PossibleDuplicates;
import dev.golden.server.customer.CustomerViews.AffiliationList;
import dev.golden.server.customer.CustomerViews.AffiliationView;
import dev.golden.server.customer.CustomerViews.Audit;
import dev.golden.server.customer.CustomerViews.Candidate;
import dev.golden.server.customer.CustomerViews.Change;
import dev.golden.server.customer.CustomerViews.EditAnswer;
import dev.golden.server.customer.CustomerViews.EntryAnswer;
import dev.golden.server.customer.CustomerViews.Full;
import dev.golden.server.customer.CustomerViews.Link;
import dev.golden.server.customer.CustomerViews.Merge;
import dev.golden.server.customer.CustomerViews.Record;
import dev.golden.server.customer.CustomerViews.Summary;
import dev.golden.server.customer.CustomerViews.Value;
import dev.golden.server.http.Forbidden;
import dev.golden.server.http.InvalidInput;
import dev.golden.server.http.Json;
import dev.golden.server.http.NotFound;
import dev.golden.server.http.Page;
import dev.golden.server.http.PageRequest;
import dev.golden.server.http.Versions;
import dev.golden.server.hub.Hub;
import dev.golden.server.security.AccessControl;
import dev.golden.server.security.Permission;
import dev.golden.server.security.Principal;
import dev.golden.store.AuditEntry;
import dev.golden.store.ChangeStatus;
import dev.golden.store.Customer;
import dev.golden.store.LinkSubject;
import dev.golden.store.Role;
import dev.golden.store.SourceRecord;
import dev.golden.store.Store;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entering, reading and editing customers. */
final class CustomerHandlers {

  static final String CONFIRM = "confirm";
  static final String CREATE_ANYWAY = "create";
  static final int RECENT_AUDIT = 20;
  private static final String CUSTOMER = "customer";

  private final Hub hub;
  private final Store store;
  private final CustomerEntry entry;

  CustomerHandlers(Hub hub, PendingChecks pending) {
    this.hub = hub;
    this.store = hub.store();
    this.entry = new CustomerEntry(hub, pending);
  }

  /** {@code POST /api/customers}, and {@code ?confirm=create} to create anyway after a check. */
  void create(Context ctx) {
    String actor = AccessControl.currentUser(ctx).username();
    NewCustomer request = Json.read(ctx, NewCustomer.class);
    String confirm = ctx.queryParam(CONFIRM);
    if (confirm != null) {
      if (!confirm.equals(CREATE_ANYWAY)) {
        throw InvalidInput.field(CONFIRM, "confirm can only be '" + CREATE_ANYWAY + "'");
      }
      created(ctx, entry.createAnyway(requireCheckId(request.checkId()), actor));
      return;
    }
    if (request.checkId() != null) {
      throw InvalidInput.field("checkId", "a checkId is decided with ?confirm=create or POST /api/customers/{id}/records");
    }
    CustomerEntry.Outcome outcome = entry.enter(request.values(), request.sourceId(), actor);
    if (outcome instanceof Created c) {
      created(ctx, c);
    } else if (outcome instanceof PossibleDuplicates possible) {
      Map<Long, Customer> byId = new HashMap<>();
      store.customers().findAll(possible.candidateIds()).forEach(c -> byId.put(c.id(), c));
      List<Candidate> candidates = new ArrayList<>();
      possible.suggestions().forEach(s -> {
        Customer candidate = byId.get(Long.parseLong(s.customerId()));
        candidates.add(Candidate.of(s, candidate == null ? Map.of() : Summary.of(candidate).values()));
      });
      Json.respond(ctx, 200, EntryAnswer.possibleDuplicates(possible.checkId(), possible.decideBy(),
          candidates));
    }
  }

  /** {@code POST /api/customers/{id}/records}: "the record I checked is this customer". */
  void attachRecord(Context ctx) {
    long id = customerId(ctx);
    String actor = AccessControl.currentUser(ctx).username();
    CheckDecision request = Json.read(ctx, CheckDecision.class);
    SourceRecord record = entry.linkTo(id, requireCheckId(request.checkId()), actor);
    Json.respond(ctx, 201, Record.of(record));
  }

  /** {@code GET /api/customers/{id}}: the 360° view, with the version as ETag. */
  void show(Context ctx) {
    long id = customerId(ctx);
    Customer customer = store.customers().find(id).orElseThrow(() -> notFound(id));
    Instant now = store.clock().instant();
    List<SourceRecord> records = store.sourceRecords().ofCustomer(id);
    Map<Long, SourceRecord> recordsById = new HashMap<>();
    records.forEach(r -> recordsById.put(r.id(), r));
    Map<String, Value> values = new LinkedHashMap<>();
    customer.values().forEach((field, v) -> values.put(field, Value.of(v, recordsById, customer, now)));
    long auditTotal = store.auditLog().ofEntity(CUSTOMER, Long.toString(id), 0, 1).total();
    List<Audit> audit = store.auditLog()
        .ofEntity(CUSTOMER, Long.toString(id), Math.max(0, auditTotal - RECENT_AUDIT), RECENT_AUDIT)
        .items().stream().map(Audit::of).toList();
    Full view = new Full(customer.id(), customer.status().name(), customer.mergedInto().orElse(null),
        customer.version(), customer.createdAt(), customer.updatedAt(), values,
        records.stream().map(Record::of).toList(),
        store.links().of(LinkSubject.CUSTOMER, id).stream().map(l -> Link.of(l, id)).toList(),
        store.merges().ofSurvivor(id).stream().map(Merge::of).toList(),
        store.changeRequests().ofCustomer(id).stream().filter(r -> r.status() == ChangeStatus.PENDING)
            .map(Change::of).toList(),
        audit);
    Versions.tag(ctx, customer.version());
    Json.respond(ctx, 200, view);
  }

  /** {@code GET /api/customers}: active customers in id order. */
  void list(Context ctx) {
    PageRequest page = PageRequest.from(ctx);
    var found = store.customers().active(page.offset(), page.size());
    Json.respond(ctx, 200, Page.of(page, found.items().stream().map(Summary::of).toList(), found.total()));
  }

  /**
   * {@code PATCH /api/customers/{id}} with If-Match: unprotected fields change at once (for roles
   * granted {@link Permission#EDIT_CUSTOMER}), protected ones become change requests.
   */
  void edit(Context ctx) {
    long id = customerId(ctx);
    long expected = Versions.expected(ctx);
    Principal caller = AccessControl.currentUser(ctx);
    Changes request = Json.read(ctx, Changes.class);
    if (request.values() == null || request.values().isEmpty()) {
      throw InvalidInput.missing("values");
    }
    if (!Permission.EDIT_CUSTOMER.isGrantedTo(caller.role())) {
      request.values().keySet().stream().filter(f -> !entry.fieldValues().isProtected(f)).findFirst()
          .ifPresent(field -> {
            throw new Forbidden("role " + caller.role() + " is not granted " + Permission.EDIT_CUSTOMER
                + ": '" + field + "' is not a protected field, so it cannot be proposed for approval");
          });
    }
    Edit edit = hub.editor().edit(id, expected, request.values(),
        new Actor(caller.username(), Role.valueOf(caller.role().name())));
    hub.indexSync().refresh(edit.customer());
    Versions.tag(ctx, edit.customer().version());
    Json.respond(ctx, 200, new EditAnswer(Summary.of(edit.customer()), edit.applied(),
        edit.requested().stream().map(Change::of).toList(), edit.unchanged()));
  }

  /** {@code GET /api/customers/{id}/history}: the customer's audit trail, oldest first. */
  void history(Context ctx) {
    long id = customerId(ctx);
    store.customers().find(id).orElseThrow(() -> notFound(id));
    PageRequest page = PageRequest.from(ctx);
    dev.golden.store.Page<AuditEntry> found =
        store.auditLog().ofEntity(CUSTOMER, Long.toString(id), page.offset(), page.size());
    Json.respond(ctx, 200, Page.of(page, found.items().stream().map(Audit::of).toList(), found.total()));
  }

  /** {@code GET /api/customers/{id}/affiliations}: the person's contacts in their account hierarchies. */
  void affiliations(Context ctx) {
    long id = customerId(ctx);
    store.customers().find(id).orElseThrow(() -> notFound(id));
    Json.respond(ctx, 200, new AffiliationList(id,
        hub.affiliations().of(id).stream().map(AffiliationView::of).toList()));
  }

  private void created(Context ctx, Created created) {
    ctx.header("Location", "/api/customers/" + created.customer().id());
    Versions.tag(ctx, created.customer().version());
    Json.respond(ctx, 201, EntryAnswer.created(created.customer(), created.record()));
  }

  private static String requireCheckId(String checkId) {
    if (checkId == null || checkId.isBlank()) {
      throw InvalidInput.missing("checkId");
    }
    return checkId;
  }

  static long customerId(Context ctx) {
    String raw = ctx.pathParam("id");
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw InvalidInput.field("id", "a customer id is a number, not '" + raw + "'");
    }
  }

  private static NotFound notFound(long id) {
    return new NotFound("no customer " + id);
  }

  record NewCustomer(Map<String, String> values, String sourceId, String checkId) {}

  record CheckDecision(String checkId) {}

  record Changes(Map<String, String> values) {}
}
