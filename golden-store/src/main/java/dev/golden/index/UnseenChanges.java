package dev.golden.index;

import dev.golden.record.Attribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The changes the open searcher may not show yet, while the index is reopened in the background:
 * each upsert and delete is kept here until a reopen that started after it has been installed. A
 * look-up takes the changes before it takes the searcher, so every change made before the look-up
 * is in one or the other, and it finds a customer entered a moment ago as it would after a
 * reopen. Few changes (one refresh interval's worth), so they are matched one by one. Thread-safe.
 */
final class UnseenChanges {
  private static final Snapshot NONE = new Snapshot(List.of());

  /** A customer's latest change: its attributes and indexed terms, or its removal. */
  private record Change(String customerId, boolean deleted, Map<Attribute, String> features,
      Map<String, List<BytesRef>> terms, long generation) {}

  private final ConcurrentHashMap<String, Change> changes = new ConcurrentHashMap<>();
  /** Advanced by every reopen before it starts: a change stamped lower is in the reopened searcher. */
  private final AtomicLong generation = new AtomicLong();

  void upserted(String customerId, Map<Attribute, String> features, Document document) {
    changes.put(customerId, new Change(customerId, false, Map.copyOf(features), terms(document), generation.get()));
  }

  void deleted(String customerId) {
    changes.put(customerId, new Change(customerId, true, Map.of(), Map.of(), generation.get()));
  }

  void clear() {
    changes.clear();
  }

  boolean isEmpty() {
    return changes.isEmpty();
  }

  /** To call before a reopen starts; pass the answer to {@link #seenFrom} once it is installed. */
  long beforeReopen() {
    return generation.incrementAndGet();
  }

  /** Forgets the changes the searcher installed by the reopen that began at {@code reopen} shows. */
  void seenFrom(long reopen) {
    changes.values().removeIf(change -> change.generation() < reopen);
  }

  /** The changes now, to take before the searcher a look-up reads. */
  Snapshot snapshot() {
    return changes.isEmpty() ? NONE : new Snapshot(List.copyOf(changes.values()));
  }

  private static Map<String, List<BytesRef>> terms(Document document) {
    Map<String, List<BytesRef>> terms = new HashMap<>();
    for (IndexableField field : document.getFields()) {
      String name = field.name();
      if (field.fieldType().indexOptions() != IndexOptions.NONE && field.stringValue() != null
          && !name.equals(IndexFields.ID) && !name.equals(IndexFields.HAS)) {
        terms.computeIfAbsent(name, n -> new ArrayList<>()).add(new BytesRef(field.stringValue()));
      }
    }
    return terms;
  }

  /** The unseen changes at one moment. */
  static final class Snapshot {
    private final List<Change> changes;

    private Snapshot(List<Change> changes) {
      this.changes = changes;
    }

    /**
     * The searcher's candidates without those changed since (their copy there is outdated),
     * followed by each changed customer the query would find: one that shares a term with it or
     * has a term one of its fuzzy or prefix clauses accepts. Their relevance is 0: Lucene did not
     * score them, and a check scores every candidate with the model anyway.
     */
    List<Candidate> merge(List<Candidate> found, Query query) {
      if (changes.isEmpty()) {
        return found;
      }
      Set<String> changed = new HashSet<>();
      changes.forEach(change -> changed.add(change.customerId()));
      List<Candidate> merged = new ArrayList<>(found.size() + changes.size());
      for (Candidate candidate : found) {
        if (!changed.contains(candidate.customerId())) {
          merged.add(candidate);
        }
      }
      Clauses clauses = Clauses.of(query);
      for (Change change : changes) {
        if (!change.deleted() && clauses.match(change.terms())) {
          merged.add(new Candidate(change.customerId(), 0f, change.features()));
        }
      }
      return merged;
    }
  }

  /**
   * The terms and term patterns of a query's clauses, as Lucene's visitor names them. Every clause
   * counts as optional: the index's queries are disjunctions (a required clause would only let a
   * few more unseen customers through, never fewer).
   */
  private static final class Clauses extends QueryVisitor {
    private final Set<Term> terms = new HashSet<>();
    private final List<String> patternFields = new ArrayList<>();
    private final List<ByteRunAutomaton> patterns = new ArrayList<>();

    static Clauses of(Query query) {
      Clauses clauses = new Clauses();
      query.visit(clauses);
      return clauses;
    }

    @Override
    public void consumeTerms(Query query, Term... consumed) {
      terms.addAll(List.of(consumed));
    }

    @Override
    public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      patternFields.add(field);
      patterns.add(automaton.get());
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
    }

    boolean match(Map<String, List<BytesRef>> document) {
      for (Term term : terms) {
        List<BytesRef> values = document.get(term.field());
        if (values != null && values.contains(term.bytes())) {
          return true;
        }
      }
      for (int i = 0; i < patterns.size(); i++) {
        List<BytesRef> values = document.get(patternFields.get(i));
        if (values != null) {
          for (BytesRef value : values) {
            if (patterns.get(i).run(value.bytes, value.offset, value.length)) {
              return true;
            }
          }
        }
      }
      return false;
    }
  }
}
