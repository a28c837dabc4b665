package dev.golden.server.customer;

import dev.golden.index.CheckResult;
import dev.golden.index.Suggestion;
import dev.golden.record.Attribute;
import dev.golden.server.customer.PendingChecks.Pending;
import dev.golden.server.hub.GroupCommit;
import dev.golden.server.hub.Hub;
import dev.golden.store.Customer;
import dev.golden.store.IncomingRecord;
import dev.golden.store.NewCustomers;
import dev.golden.store.SourceRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Duplicate prevention on entry. A new record is checked against the index first: without a
 * likely duplicate it becomes a customer at once; otherwise nothing is stored and the caller is
 * shown the candidates, then either creates it anyway (each shown candidate is then recorded as a
 * person's "different", so no later run merges them) or says which customer it is (the record
 * joins that customer's lineage).
 */
public final class CustomerEntry {

  /** What entering a record did. */
  public sealed interface Outcome {}

  /** The record became a new customer. */
  public record Created(Customer customer, SourceRecord record) implements Outcome {}

  /**
   * Nothing was stored: the caller decides by {@code checkId} before {@code decideBy} whether the
   * record is one of these customers (best first) or a new one.
   */
  public record PossibleDuplicates(String checkId, Instant decideBy, List<Long> candidateIds,
      List<Suggestion> suggestions) implements Outcome {}

  private final Hub hub;
  private final FieldValues fieldValues;
  private final PendingChecks pending;

  /** Entry on {@code hub}, with open checks kept in memory for {@link PendingChecks#TIME_TO_DECIDE}. */
  public static CustomerEntry of(Hub hub) {
    return new CustomerEntry(hub, new PendingChecks(java.time.Clock.systemUTC()));
  }

  CustomerEntry(Hub hub, PendingChecks pending) {
    this.hub = hub;
    this.fieldValues = new FieldValues(hub.standardization());
    this.pending = pending;
  }

  FieldValues fieldValues() {
    return fieldValues;
  }

  public Outcome enter(Map<String, String> raw, String sourceId, String actor) {
    // Announced while it is checked, so that a group commit under way can wait for it to join.
    try (GroupCommit.Announced creation = hub.creations().announce()) {
      Map<String, String> standardized = fieldValues.standardize(raw);
      Map<String, String> known = knownFields(raw);
      // Derived once from the values the customer will have: checked now, indexed as they are once
      // it is created (the same attributes a rebuild of the index derives from the store).
      Map<Attribute, String> features = hub.duplicates().features(standardized);
      CheckResult result = hub.duplicates().checkFeatures(features);
      if (result instanceof CheckResult.PossibleDuplicates possible) {
        creation.close();
        List<Long> candidates = possible.suggestions().stream().map(s -> Long.parseLong(s.customerId())).toList();
        Pending check = pending.remember(actor, known, standardized, sourceId, candidates);
        return new PossibleDuplicates(check.id(), check.expiresAt(), check.candidates(), possible.suggestions());
      }
      IncomingRecord record = incoming(known, standardized, sourceId, actor);
      return created(creation.create(new NewCustomers.Entry(record, List.of(), actor), indexing(features)));
    }
  }

  /** "Create anyway": a new customer, kept apart from every candidate the caller was shown. */
  public Created createAnyway(String checkId, String actor) {
    Pending check = take(checkId, actor);
    try {
      return create(check.rawValues(), check.standardized(), hub.duplicates().features(check.standardized()),
          check.sourceId(), check.candidates(), actor);
    } catch (RuntimeException e) {
      pending.restore(check);
      throw e;
    }
  }

  /** "It is customer X": the record joins X's lineage; X's values stay as they are. */
  public SourceRecord linkTo(long customerId, String checkId, String actor) {
    Pending check = take(checkId, actor);
    try {
      return hub.store().inTransaction(repos -> {
        IncomingRecord incoming = incoming(check.rawValues(), check.standardized(), check.sourceId(), actor);
        SourceRecord record = repos.sourceRecords().receive(incoming, actor).record();
        return repos.sourceRecords().attach(record.id(), customerId, actor);
      });
    } catch (RuntimeException e) {
      pending.restore(check);
      throw e;
    }
  }

  private Created create(Map<String, String> raw, Map<String, String> standardized, Map<Attribute, String> features,
      String sourceId, List<Long> keptApartFrom, String actor) {
    IncomingRecord record = incoming(raw, standardized, sourceId, actor);
    return created(hub.creations().create(new NewCustomers.Entry(record, keptApartFrom, actor), indexing(features)));
  }

  /**
   * Indexes a customer once it is committed, before the caller hears of it, so that the next check
   * on any thread finds it. Done on the group commit's writer thread: a single thread writing the
   * index keeps its in-memory segments, and so the segments each reopen adds, to one.
   */
  private Consumer<NewCustomers.Created> indexing(Map<Attribute, String> features) {
    return stored -> hub.indexSync().created(stored.customer(), features);
  }

  private static Created created(NewCustomers.Created stored) {
    return new Created(stored.customer(), stored.record());
  }

  // A record entered without its own source id gets a random one: the agent's entry is its own source.
  private static IncomingRecord incoming(Map<String, String> raw, Map<String, String> standardized, String sourceId,
      String actor) {
    return new IncomingRecord(actor, sourceId == null ? UUID.randomUUID().toString() : sourceId, raw, standardized);
  }

  private Pending take(String checkId, String actor) {
    return pending.take(checkId, actor).orElseThrow(() -> new dev.golden.server.http.NotFound(
        "no open duplicate check '" + checkId + "' of yours: it was decided already or has expired"
            + " (after " + PendingChecks.TIME_TO_DECIDE.toMinutes() + " minutes); submit the record again"));
  }

  /** The entered values without the missing ones, as the duplicate check reads them. */
  private Map<String, String> knownFields(Map<String, String> raw) {
    Map<String, String> known = new LinkedHashMap<>();
    raw.forEach((field, value) -> {
      if (!hub.standardization().isMissing(value)) {
        known.put(field, value);
      }
    });
    return known;
  }
}
