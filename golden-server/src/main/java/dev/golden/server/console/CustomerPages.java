package dev.golden.server.console;

import dev.golden.dictionary.FieldDefinition;
import dev.golden.hub.Actor;
import dev.golden.hub.Edit;
import dev.golden.index.Candidate;
import dev.golden.server.http.Forbidden;
import dev.golden.server.http.NotFound;
import dev.golden.server.hub.Affiliations.Affiliation;
import dev.golden.server.hub.Hub;
import dev.golden.server.security.AccessControl;
import dev.golden.server.security.Permission;
import dev.golden.server.security.Principal;
import dev.golden.store.Account;
import dev.golden.store.AuditEntry;
import dev.golden.store.ChangeStatus;
import dev.golden.store.Contact;
import dev.golden.store.Customer;
import dev.golden.store.CustomerValue;
import dev.golden.store.LinkSubject;
import dev.golden.store.MatchLink;
import dev.golden.store.Role;
import dev.golden.store.SourceRecord;
import dev.golden.store.Store;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finding customers, and the 360° view of one: golden values with lineage, records, history, edits. */
final class CustomerPages {

  static final int RESULTS = 20;
  static final int TIMELINE = 30;
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
  private static final String CUSTOMER = "customer";

  record Found(long id, String name, String phone, String email, String city) {}

  record SearchView(Chrome chrome, String query, List<Found> results) {}

  /** A golden value with where it came from and how old it is. */
  record GoldenValue(String field, String label, String value, String source, long ageDays, boolean verified,
      boolean isProtected, boolean stale) {}

  record SourceRow(long id, String source, String sourceId, String receivedAt, List<Labeled> values) {}

  record LinkRow(long otherId, String otherName, String kind, String status, String probability) {}

  record MergeRow(long id, List<Long> mergedIds, String mergedBy, String mergedAt, boolean undone) {}

  record ChangeRow(long id, String label, String before, String after, String requestedBy) {}

  record Event(String at, String actor, String action) {}

  record EditField(String name, String label, String value, boolean isProtected) {}

  /** Another contact in the hierarchy; {@code customerId} 0 when not linked to a golden record. */
  record ColleagueRow(String name, String role, String account, long customerId) {}

  /** One of the person's contacts: the role, the accounts from the top down, and who else is there. */
  record AffiliationRow(String role, List<String> path, List<String> siblings, List<String> branches,
      List<ColleagueRow> colleagues) {}

  record View(Chrome chrome, long id, String name, String status, long mergedInto, long version,
      List<GoldenValue> values, List<SourceRow> records, List<LinkRow> links, List<MergeRow> merges,
      List<AffiliationRow> affiliations, List<ChangeRow> changes, List<Event> timeline, List<EditField> editable,
      boolean mayMerge, String notice) {

    boolean active() {
      return mergedInto == 0 && "ACTIVE".equals(status);
    }
  }

  private final Pages pages;
  private final Hub hub;
  private final Store store;

  CustomerPages(Pages pages, Hub hub) {
    this.pages = pages;
    this.hub = hub;
    this.store = hub.store();
  }

  void search(Context ctx) {
    String query = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
    List<Found> results = new ArrayList<>();
    if (query.isEmpty()) {
      store.customers().active(0, RESULTS).items().forEach(c -> results.add(found(c)));
    } else {
      for (Candidate candidate : hub.duplicates().search(query, RESULTS)) {
        store.customers().find(Long.parseLong(candidate.customerId())).ifPresent(c -> results.add(found(c)));
      }
    }
    pages.render(ctx, "customers.jte", new SearchView(pages.chrome(ctx, "customers.title"), query, results));
  }

  void show(Context ctx) {
    long id = ReviewPages.pathId(ctx, "id");
    Customer customer = store.customers().find(id).orElseThrow(() -> new NotFound("no customer " + id));
    Chrome chrome = pages.chrome(ctx, "customer.title");
    Principal who = AccessControl.currentUser(ctx);
    Instant now = store.clock().instant();
    Map<String, FieldDefinition> dictionary = hub.standardization().dictionary().byName();
    List<SourceRecord> records = store.sourceRecords().ofCustomer(id);
    Map<Long, SourceRecord> recordsById = new HashMap<>();
    records.forEach(r -> recordsById.put(r.id(), r));

    List<GoldenValue> values = new ArrayList<>();
    for (String field : Values.fieldsInOrder(hub.standardization().dictionary().fields(), List.of(customer.values().keySet()))) {
      CustomerValue v = customer.values().get(field);
      Optional<SourceRecord> source = v.sourceRecordId().map(recordsById::get);
      Instant confirmed = v.verifiedAt().or(() -> source.map(SourceRecord::receivedAt)).orElse(customer.createdAt());
      FieldDefinition definition = dictionary.get(field);
      long age = Duration.between(confirmed, now).toDays();
      boolean stale = definition != null && !definition.freshFor().isZero()
          && confirmed.atOffset(ZoneOffset.UTC).plus(definition.freshFor()).toInstant().isBefore(now);
      values.add(new GoldenValue(field, chrome.field(field), v.value(),
          source.map(r -> r.source() + " · " + r.sourceId()).orElse(chrome.t("customer.enteredByPerson")), age,
          v.verifiedAt().isPresent(), definition != null && definition.protectedField(), stale));
    }
    List<SourceRow> sources = records.stream().map(r -> new SourceRow(r.id(), r.source(), r.sourceId(),
        WHEN.format(r.receivedAt()), r.rawValues().entrySet().stream()
            .map(e -> new Labeled(chrome.field(e.getKey()), e.getValue())).toList())).toList();
    List<LinkRow> links = new ArrayList<>();
    for (MatchLink link : store.links().of(LinkSubject.CUSTOMER, id)) {
      long other = link.leftId() == id ? link.rightId() : link.leftId();
      links.add(new LinkRow(other, store.customers().find(other).map(Names::of).orElse("#" + other),
          link.kind().name(), link.status().name(), link.probability().map(DashboardPage::percent).orElse("")));
    }
    List<MergeRow> merges = store.merges().ofSurvivor(id).stream().map(m -> new MergeRow(m.id(), m.mergedIds(),
        m.mergedBy(), WHEN.format(m.mergedAt()), m.undoneAt().isPresent())).toList();
    List<ChangeRow> changes = store.changeRequests().ofCustomer(id).stream()
        .filter(r -> r.status() == ChangeStatus.PENDING)
        .map(r -> new ChangeRow(r.id(), chrome.field(r.field()), r.oldValue().orElse(""), r.newValue(), r.requestedBy()))
        .toList();
    long auditTotal = store.auditLog().ofEntity(CUSTOMER, Long.toString(id), 0, 1).total();
    List<Event> timeline = new ArrayList<>();
    for (AuditEntry e : store.auditLog().ofEntity(CUSTOMER, Long.toString(id), Math.max(0, auditTotal - TIMELINE),
        TIMELINE).items()) {
      timeline.add(0, new Event(WHEN.format(e.at()), e.actor(), e.action()));
    }
    boolean mayEditAll = Permission.EDIT_CUSTOMER.isGrantedTo(who.role());
    List<EditField> editable = new ArrayList<>();
    for (FieldDefinition field : hub.standardization().dictionary().fields()) {
      if (mayEditAll || field.protectedField()) {
        editable.add(new EditField(field.name(), chrome.field(field.name()),
            customer.value(field.name()).orElse(""), field.protectedField()));
      }
    }
    pages.render(ctx, "customer.jte", new View(chrome, id, Names.of(customer), customer.status().name(),
        customer.mergedInto().orElse(0L), customer.version(), values, sources, links, merges,
        affiliations(id, chrome), changes, timeline, editable, Permission.MERGE.isGrantedTo(who.role()), notice(ctx, chrome)));
  }

  /** Changed fields of the edit form: unprotected ones change now, protected ones become change requests. */
  void edit(Context ctx) {
    long id = ReviewPages.pathId(ctx, "id");
    Principal who = AccessControl.currentUser(ctx);
    Customer customer = store.customers().find(id).orElseThrow(() -> new NotFound("no customer " + id));
    long version = Long.parseLong(Optional.ofNullable(ctx.formParam("version")).orElse("-1"));
    Map<String, FieldDefinition> dictionary = hub.standardization().dictionary().byName();
    Map<String, String> changes = new LinkedHashMap<>();
    for (String field : dictionary.keySet()) {
      String typed = ctx.formParam("f." + field);
      if (typed != null && !typed.strip().equals(customer.value(field).orElse(""))) {
        if (!dictionary.get(field).protectedField() && !Permission.EDIT_CUSTOMER.isGrantedTo(who.role())) {
          throw new Forbidden("role " + who.role() + " may only propose changes to protected fields");
        }
        changes.put(field, typed.strip());
      }
    }
    String notice = "nothing";
    if (!changes.isEmpty()) {
      Edit edit = hub.editor().edit(id, version, changes, new Actor(who.username(), Role.valueOf(who.role().name())));
      hub.indexSync().refresh(edit.customer());
      notice = edit.requested().isEmpty() ? "saved" : "requested";
    }
    ctx.redirect("/console/customers/" + id + "?edited=" + notice, HttpStatus.SEE_OTHER);
  }

  private List<AffiliationRow> affiliations(long customerId, Chrome chrome) {
    List<AffiliationRow> rows = new ArrayList<>();
    for (Affiliation a : hub.affiliations().of(customerId)) {
      rows.add(new AffiliationRow(role(a.contact(), chrome), names(a.path()), names(a.siblings()),
          names(a.branches()), a.colleagues().stream().map(c -> new ColleagueRow(c.contact().name(),
              role(c.contact(), chrome), c.account().name(), c.contact().customerId().orElse(0L))).toList()));
    }
    return rows;
  }

  private static String role(Contact contact, Chrome chrome) {
    return contact.jobTitle().orElse(chrome.t("customer.noRole"));
  }

  private static List<String> names(List<Account> accounts) {
    return accounts.stream().map(Account::name).toList();
  }

  private static String notice(Context ctx, Chrome chrome) {
    if (ctx.queryParam("unmerged") != null) {
      return chrome.t("customer.unmerged");
    }
    String edited = ctx.queryParam("edited");
    if (edited != null && edited.matches("saved|requested|nothing")) {
      return chrome.t("customer.edited." + edited);
    }
    return "";
  }

  private static Found found(Customer c) {
    Map<String, String> v = Values.plain(c);
    return new Found(c.id(), Names.of(c), v.getOrDefault("phone", ""), v.getOrDefault("email", ""),
        v.getOrDefault("city", ""));
  }
}
