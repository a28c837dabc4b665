package dev.golden.index;

import dev.golden.record.Attribute;
import java.util.ArrayList;
import java.util.Arrays;
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

  /**
   * A customer's latest change: its attributes and indexed terms, or its removal. The terms also as
   * sorted {@link #key}s: a check matches them against its own terms' keys in one merge of two
   * short arrays, instead of a map and list look-up per term of the query.
   */
  private record Change(String customerId, boolean deleted, Map<Attribute, String> features,
      Map<String, List<BytesRef>> terms, long[] keys, long generation) {
    Change(String customerId, Map<Attribute, String> features, Map<String, List<BytesRef>> terms, long generation) {
      this(customerId, false, features, terms, keys(terms), generation);
    }

    boolean has(Term term) {
      List<BytesRef> values = terms.get(term.field());
      return values != null && values.contains(term.bytes());
    }

    private static long[] keys(Map<String, List<BytesRef>> terms) {
      int count = 0;
      for (List<BytesRef> values : terms.values()) {
        count += values.size();
      }
      long[] keys = new long[count];
      int i = 0;
      for (Map.Entry<String, List<BytesRef>> field : terms.entrySet()) {
        for (BytesRef value : field.getValue()) {
          keys[i++] = key(field.getKey(), value);
        }
      }
      Arrays.sort(keys);
      return keys;
    }
  }

  /** A 64-bit hash of a term: equal terms have equal keys; unequal ones almost never do. */
  static long key(String field, BytesRef bytes) {
    long h = field.hashCode();
    for (int i = bytes.offset; i < bytes.offset + bytes.length; i++) {
      h = 31 * h + bytes.bytes[i];
    }
    // SplitMix64's finalizer: spreads the bits of short terms over the whole key.
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    return h ^ (h >>> 31);
  }

  private final ConcurrentHashMap<String, Change> changes = new ConcurrentHashMap<>();
  /** Advanced by every reopen before it starts: a change stamped lower is in the reopened searcher. */
  private final AtomicLong generation = new AtomicLong();

  void upserted(String customerId, Map<Attribute, String> features, Document document) {
    changes.put(customerId, new Change(customerId, Map.copyOf(features), terms(document), generation.get()));
  }

  void deleted(String customerId) {
    changes.put(customerId, new Change(customerId, true, Map.of(), Map.of(), new long[0], generation.get()));
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
        if (!change.deleted() && clauses.match(change)) {
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
    private final List<Term> terms = new ArrayList<>();
    private final List<String> patternFields = new ArrayList<>();
    private final List<ByteRunAutomaton> patterns = new ArrayList<>();
    /** The keys of the terms, sorted, and the term of each. */
    private long[] keys;
    private Term[] termOfKey;

    static Clauses of(Query query) {
      Clauses clauses = new Clauses();
      query.visit(clauses);
      clauses.sortKeys();
      return clauses;
    }

    @Override
    public void consumeTerms(Query query, Term... consumed) {
      terms.addAll(List.of(consumed));
    }

    private void sortKeys() {
      long[][] keyed = new long[terms.size()][];
      for (int i = 0; i < keyed.length; i++) {
        keyed[i] = new long[] {key(terms.get(i).field(), terms.get(i).bytes()), i};
      }
      Arrays.sort(keyed, (x, y) -> Long.compare(x[0], y[0]));
      keys = new long[keyed.length];
      termOfKey = new Term[keyed.length];
      for (int i = 0; i < keyed.length; i++) {
        keys[i] = keyed[i][0];
        termOfKey[i] = terms.get((int) keyed[i][1]);
      }
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

    boolean match(Change change) {
      long[] other = change.keys();
      for (int i = 0, j = 0; i < keys.length && j < other.length; ) {
        if (keys[i] < other[j]) {
          i++;
        } else if (keys[i] > other[j]) {
          j++;
        } else if (change.has(termOfKey[i])) {
          return true;
        } else {
          i++; // two terms with one key: the next term of the query may be the one
        }
      }
      for (int i = 0; i < patterns.size(); i++) {
        List<BytesRef> values = change.terms().get(patternFields.get(i));
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
