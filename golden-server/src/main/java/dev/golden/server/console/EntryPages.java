package dev.golden.server.console;

import dev.golden.index.Suggestion;
import dev.golden.match.Explanation;
import dev.golden.server.customer.CustomerEntry;
import dev.golden.server.http.InvalidInput;
import dev.golden.server.hub.Hub;
import dev.golden.server.security.AccessControl;
import dev.golden.store.Customer;
import dev.golden.store.SourceRecord;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Entering a new customer: while the person types, the hub's duplicate check shows who it might
 * already be; on submit, a likely duplicate stops the form with "is it one of these?" before anything
 * is created.
 */
final class EntryPages {

  /** The form's fields, in the order a caller on the phone is asked. */
  static final List<String> FIELDS = List.of("given_name", "family_name", "company_name", "phone", "email",
      "street_address", "city", "postcode", "country", "date_of_birth");
  static final int REASONS = 3;

  record Field(String name, String label, String value, String type) {}

  record FormView(Chrome chrome, List<Field> fields) {}

  /** A customer the entry may be, with the comparisons that speak for it most. */
  record Match(long customerId, String name, String probability, List<Labeled> values, List<String> reasons) {}

  record SuggestionsView(Chrome chrome, List<Match> matches) {}

  record DecisionView(Chrome chrome, String checkId, List<Match> matches, List<Labeled> entered) {}

  private final Pages pages;
  private final Hub hub;
  private final CustomerEntry entry;

  EntryPages(Pages pages, Hub hub, CustomerEntry entry) {
    this.pages = pages;
    this.hub = hub;
    this.entry = entry;
  }

  void form(Context ctx) {
    Chrome chrome = pages.chrome(ctx, "entry.title");
    pages.render(ctx, "entry.jte", new FormView(chrome, fields(chrome, Map.of())));
  }

  /** The htmx fragment under the form: likely existing customers for what is typed so far. */
  void suggestions(Context ctx) {
    Chrome chrome = pages.chrome(ctx, "entry.title");
    Map<String, String> typed = typed(ctx);
    List<Match> matches = typed.isEmpty() ? List.of()
        : matchesOf(hub, chrome, hub.duplicates().check(typed).suggestions());
    pages.render(ctx, "suggestions.jte", new SuggestionsView(chrome, matches));
  }

  void enter(Context ctx) {
    Chrome chrome = pages.chrome(ctx, "entry.title");
    Map<String, String> typed = typed(ctx);
    if (typed.isEmpty()) {
      throw InvalidInput.field("values", "enter at least one value");
    }
    CustomerEntry.Outcome outcome = entry.enter(typed, null, AccessControl.currentUser(ctx).username());
    if (outcome instanceof CustomerEntry.Created created) {
      ctx.redirect("/console/customers/" + created.customer().id(), HttpStatus.SEE_OTHER);
    } else if (outcome instanceof CustomerEntry.PossibleDuplicates possible) {
      List<Labeled> entered = typed.entrySet().stream().map(e -> new Labeled(chrome.field(e.getKey()), e.getValue())).toList();
      pages.render(ctx, "decide.jte", new DecisionView(chrome, possible.checkId(),
          matchesOf(hub, chrome, possible.suggestions()), entered));
    }
  }

  /** "It is this customer" or "create a new one anyway". */
  void decide(Context ctx) {
    String checkId = Optional.ofNullable(ctx.formParam("checkId")).orElse("");
    String person = AccessControl.currentUser(ctx).username();
    String decision = Optional.ofNullable(ctx.formParam("decision")).orElse("");
    long customerId;
    if (decision.equals("create")) {
      customerId = entry.createAnyway(checkId, person).customer().id();
    } else if (decision.startsWith("link:")) {
      long target = Long.parseLong(decision.substring("link:".length()));
      SourceRecord record = entry.linkTo(target, checkId, person);
      customerId = record.customerId().orElse(target);
    } else {
      throw InvalidInput.field("decision", "decision is create or link:<customer>, not '" + decision + "'");
    }
    ctx.redirect("/console/customers/" + customerId, HttpStatus.SEE_OTHER);
  }

  static List<Match> matchesOf(Hub hub, Chrome chrome, List<Suggestion> suggestions) {
    List<Match> matches = new ArrayList<>();
    for (Suggestion s : suggestions) {
      long id = Long.parseLong(s.customerId());
      Optional<Customer> customer = hub.store().customers().find(id);
      Map<String, String> values = customer.map(Values::plain).orElse(Map.of());
      List<Labeled> shown = FIELDS.stream().filter(values::containsKey)
          .map(f -> new Labeled(chrome.field(f), values.get(f))).toList();
      // A group's step (a move allowed for) names no value: it explains the weight, it is no reason.
      List<String> reasons = s.explanation().steps().stream()
          .filter(step -> step.total() > 0 && !step.valueB().isEmpty())
          .sorted(Comparator.comparingDouble(Explanation.Step::total).reversed()).limit(REASONS)
          .map(step -> chrome.f("entry.reason", chrome.field(step.comparison()), step.valueB()))
          .toList();
      matches.add(new Match(id, customer.map(Names::of).orElse("#" + id), DashboardPage.percent(s.matchProbability()),
          shown, reasons));
    }
    return matches;
  }

  private static Map<String, String> typed(Context ctx) {
    Map<String, String> typed = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String value = ctx.formParam(field);
      if (value != null && !value.isBlank()) {
        typed.put(field, value.strip());
      }
    }
    return typed;
  }

  private static List<Field> fields(Chrome chrome, Map<String, String> values) {
    return FIELDS.stream().map(f -> new Field(f, chrome.field(f), values.getOrDefault(f, ""), switch (f) {
      case "email" -> "email";
      case "phone" -> "tel";
      default -> "text";
    })).toList();
  }
}
