package dev.golden.server.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.golden.index.Suggestion;
import dev.golden.match.Explanation;
import dev.golden.server.hub.Affiliations.Affiliation;
import dev.golden.store.Account;
import dev.golden.store.AuditEntry;
import dev.golden.store.ChangeRequest;
import dev.golden.store.Contact;
import dev.golden.store.Customer;
import dev.golden.store.CustomerValue;
import dev.golden.store.MatchLink;
import dev.golden.store.MergeEvent;
import dev.golden.store.SourceRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The customer resources as the API shows them. */
final class CustomerViews {

  private CustomerViews() {}

  /** A customer in a list: its values, without lineage. */
  record Summary(long id, String status, long version, Map<String, String> values) {
    static Summary of(Customer customer) {
      Map<String, String> values = new LinkedHashMap<>();
      customer.values().forEach((field, value) -> values.put(field, value.value()));
      return new Summary(customer.id(), customer.status().name(), customer.version(), values);
    }
  }

  /**
   * One value with its lineage and age.
   *
   * @param confirmedAt when it was last verified or, never verified, received
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Value(String value, Long sourceRecordId, Instant verifiedAt, Instant confirmedAt, long ageDays) {
    static Value of(CustomerValue value, Map<Long, SourceRecord> records, Customer customer, Instant now) {
      Long source = value.sourceRecordId().orElse(null);
      Instant confirmed = value.verifiedAt()
          .or(() -> value.sourceRecordId().map(records::get).map(SourceRecord::receivedAt))
          .orElse(customer.createdAt());
      return new Value(value.value(), source, value.verifiedAt().orElse(null), confirmed,
          Duration.between(confirmed, now).toDays());
    }
  }

  record Record(long id, String source, String sourceId, Instant receivedAt, Map<String, String> rawValues,
      Map<String, String> standardizedValues) {
    static Record of(SourceRecord r) {
      return new Record(r.id(), r.source(), r.sourceId(), r.receivedAt(), r.rawValues(), r.standardizedValues());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Link(long id, long otherCustomerId, String kind, String status, Double probability, String decidedBy,
      Instant decidedAt) {
    static Link of(MatchLink link, long customerId) {
      return new Link(link.id(), link.leftId() == customerId ? link.rightId() : link.leftId(), link.kind().name(),
          link.status().name(), link.probability().orElse(null), link.decidedBy(), link.decidedAt());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Merge(long id, long survivorId, List<Long> mergedIds, String mergedBy, Instant mergedAt, String undoneBy,
      Instant undoneAt) {
    static Merge of(MergeEvent e) {
      return new Merge(e.id(), e.survivorId(), e.mergedIds(), e.mergedBy(), e.mergedAt(), e.undoneBy().orElse(null),
          e.undoneAt().orElse(null));
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Change(long id, long customerId, String field, String oldValue, String newValue, String requestedBy,
      Instant requestedAt, String status, String decidedBy, Instant decidedAt, String comment) {
    static Change of(ChangeRequest r) {
      return new Change(r.id(), r.customerId(), r.field(), r.oldValue().orElse(null), r.newValue(), r.requestedBy(),
          r.requestedAt(), r.status().name(), r.decidedBy().orElse(null), r.decidedAt().orElse(null),
          r.comment().orElse(null));
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Audit(long id, Instant at, String actor, String action, String entityType, String entityId,
      JsonNode before, JsonNode after) {
    static Audit of(AuditEntry e) {
      return new Audit(e.id(), e.at(), e.actor(), e.action(), e.entityType(), e.entityId(), e.before().orElse(null),
          e.after().orElse(null));
    }
  }

  /** The 360° view of one customer. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Full(long id, String status, Long mergedInto, long version, Instant createdAt, Instant updatedAt,
      Map<String, Value> values, List<Record> sourceRecords, List<Link> links, List<Merge> merges,
      List<Change> openChangeRequests, List<Audit> recentAudit) {}

  record AccountRef(long id, String name) {
    static AccountRef of(Account account) {
      return new AccountRef(account.id(), account.name());
    }

    static List<AccountRef> all(List<Account> accounts) {
      return accounts.stream().map(AccountRef::of).toList();
    }
  }

  /** A contact at an account, with the golden record of the person once linked. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ContactAt(long id, String name, String jobTitle, Long customerId, AccountRef account) {
    static ContactAt of(Contact contact, Account account) {
      return new ContactAt(contact.id(), contact.name(), contact.jobTitle().orElse(null),
          contact.customerId().orElse(null), AccountRef.of(account));
    }
  }

  /** One of the customer's contacts in its account hierarchy, the top account first in {@code path}. */
  record AffiliationView(ContactAt contact, List<AccountRef> path, List<AccountRef> siblings,
      List<AccountRef> branches, List<ContactAt> colleagues) {
    static AffiliationView of(Affiliation a) {
      return new AffiliationView(ContactAt.of(a.contact(), a.account()), AccountRef.all(a.path()),
          AccountRef.all(a.siblings()), AccountRef.all(a.branches()),
          a.colleagues().stream().map(c -> ContactAt.of(c.contact(), c.account())).toList());
    }
  }

  /** What {@code GET /api/customers/{id}/affiliations} answers. */
  record AffiliationList(long customerId, List<AffiliationView> items) {}

  /** One step of why a candidate looks like the new record; side A is the new record. */
  record Step(String comparison, String level, String entered, String existing, double weight) {
    static Step of(Explanation.Step step) {
      return new Step(step.comparison(), step.level(), step.valueA(), step.valueB(), step.total());
    }
  }

  record Candidate(long customerId, double probability, double matchWeight, Map<String, String> values,
      List<Step> explanation) {
    static Candidate of(Suggestion suggestion, Map<String, String> values) {
      return new Candidate(Long.parseLong(suggestion.customerId()), suggestion.matchProbability(),
          suggestion.matchWeight(), values, suggestion.explanation().steps().stream().map(Step::of).toList());
    }
  }

  /** What {@code POST /api/customers} answers. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record EntryAnswer(String outcome, Summary customer, Long sourceRecordId, String checkId, Instant decideBy,
      List<Candidate> candidates) {
    static EntryAnswer created(Customer customer, SourceRecord record) {
      return new EntryAnswer("created", Summary.of(customer), record.id(), null, null, null);
    }

    static EntryAnswer possibleDuplicates(String checkId, Instant decideBy, List<Candidate> candidates) {
      return new EntryAnswer("possible_duplicates", null, null, checkId, decideBy, candidates);
    }
  }

  /** What {@code PATCH /api/customers/{id}} answers. */
  record EditAnswer(Summary customer, List<String> applied, List<Change> changeRequests, List<String> unchanged) {}
}
