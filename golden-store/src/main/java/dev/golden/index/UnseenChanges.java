package dev.golden.index;

import dev.golden.record.Attribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * reopen. Thread-safe.
 *
 * <p>The changes are held as one immutable {@link Snapshot}, replaced by each change: taking it
 * costs a look-up nothing, and it keeps every change's terms sorted by key in one array, so a
 * look-up matches its query against all changes at once instead of one change at a time.
 * Changes are few (one refresh interval's worth) and rarer than look-ups, so copying the arrays
 * on each change is the cheaper side.
 */
final class UnseenChanges {
  /**
   * A customer's latest change: its attributes and indexed terms sorted by their {@link #key}s, or
   * its removal (no terms). The terms also by field: each field and its values.
   */
  private record Change(String customerId, Map<Attribute, String> features, Term[] terms,
      long[] keys, String[] fields, BytesRef[][] valuesByField, long generation) {
    static Change upsert(String customerId, Map<Attribute, String> features, List<Term> terms, long generation) {
      long[] keyed = new long[terms.size()];
      Integer[] byKey = new Integer[terms.size()];
      Map<String, List<BytesRef>> byField = new LinkedHashMap<>();
      for (int i = 0; i < keyed.length; i++) {
        keyed[i] = key(terms.get(i));
        byKey[i] = i;
        byField.computeIfAbsent(terms.get(i).field(), field -> new ArrayList<>()).add(terms.get(i).bytes());
      }
      Arrays.sort(byKey, (x, y) -> Long.compare(keyed[x], keyed[y]));
      Term[] sortedTerms = new Term[byKey.length];
      long[] sortedKeys = new long[byKey.length];
      for (int i = 0; i < byKey.length; i++) {
        sortedTerms[i] = terms.get(byKey[i]);
        sortedKeys[i] = keyed[byKey[i]];
      }
      String[] fields = byField.keySet().toArray(String[]::new);
      BytesRef[][] values = byField.values().stream().map(v -> v.toArray(BytesRef[]::new)).toArray(BytesRef[][]::new);
      return new Change(customerId, AttributeValues.copyOf(features), sortedTerms, sortedKeys, fields, values,
          generation);
    }

    static Change delete(String customerId, long generation) {
      return new Change(customerId, Map.of(), new Term[0], new long[0], new String[0], new BytesRef[0][],
          generation);
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

  private static long key(Term term) {
    return key(term.field(), term.bytes());
  }

  /** Replaced, never changed: a look-up reads one and the same snapshot throughout. */
  private volatile Snapshot current = Snapshot.EMPTY;
  /** Advanced by every reopen before it starts: a change stamped lower is in the reopened searcher. */
  private final AtomicLong generation = new AtomicLong();

  void upserted(String customerId, Map<Attribute, String> features, Document document) {
    // The writer has the change already: any reopen that begins after this stamp shows it.
    Change change = Change.upsert(customerId, features, terms(document), generation.get());
    synchronized (this) {
      current = current.with(change);
    }
  }

  void deleted(String customerId) {
    Change change = Change.delete(customerId, generation.get());
    synchronized (this) {
      current = current.with(change);
    }
  }

  synchronized void clear() {
    current = Snapshot.EMPTY;
  }

  boolean isEmpty() {
    return current.changes.length == 0;
  }

  /** To call before a reopen starts; pass the answer to {@link #seenFrom} once it is installed. */
  long beforeReopen() {
    return generation.incrementAndGet();
  }

  /** Forgets the changes the searcher installed by the reopen that began at {@code reopen} shows. */
  synchronized void seenFrom(long reopen) {
    current = current.seenFrom(reopen);
  }

  /** The changes now, to take before the searcher a look-up reads. */
  Snapshot snapshot() {
    return current;
  }

  private static List<Term> terms(Document document) {
    List<Term> terms = new ArrayList<>();
    for (IndexableField field : document.getFields()) {
      String name = field.name();
      if (field.fieldType().indexOptions() != IndexOptions.NONE && field.stringValue() != null
          && !name.equals(IndexFields.ID) && !name.equals(IndexFields.HAS)) {
        terms.add(new Term(name, field.stringValue()));
      }
    }
    return terms;
  }

  /** The unseen changes at one moment, oldest first. Immutable. */
  static final class Snapshot {
    static final Snapshot EMPTY = new Snapshot(new Change[0], new long[0], new long[0], new int[0], new Term[0],
        new FieldTerms[0]);

    private final Change[] changes;
    /** Which customers changed: the hash of each one's id in the upper half, its change's index in the lower; sorted. */
    private final long[] ids;
    /** The terms of every change sorted by key, and the change each belongs to. */
    private final long[] keys;
    private final int[] owners;
    private final Term[] terms;
    /**
     * The same terms by field, for the fuzzy and prefix clauses of a query: an array rather than a
     * map, as there are only a few fields, and an array is cheaper to copy on every change.
     */
    private final FieldTerms[] byField;

    private record FieldTerms(String field, BytesRef[] values, int[] owners) {
      /** With {@code added}, values in this field of the change {@code owner}. */
      FieldTerms with(BytesRef[] added, int owner) {
        BytesRef[] moreValues = Arrays.copyOf(values, values.length + added.length);
        int[] moreOwners = Arrays.copyOf(owners, owners.length + added.length);
        System.arraycopy(added, 0, moreValues, values.length, added.length);
        Arrays.fill(moreOwners, owners.length, moreOwners.length, owner);
        return new FieldTerms(field, moreValues, moreOwners);
      }
    }

    private Snapshot(Change[] changes, long[] ids, long[] keys, int[] owners, Term[] terms, FieldTerms[] byField) {
      this.changes = changes;
      this.ids = ids;
      this.keys = keys;
      this.owners = owners;
      this.terms = terms;
      this.byField = byField;
    }

    /** This and {@code change}, which replaces an earlier change of the same customer. */
    Snapshot with(Change change) {
      int earlier = indexOf(change.customerId());
      if (earlier < 0) {
        return append(change);
      }
      List<Change> kept = new ArrayList<>(Arrays.asList(changes));
      kept.remove(earlier);
      kept.add(change);
      return of(kept);
    }

    /** Without the changes made before the reopen that began at {@code reopen}. */
    Snapshot seenFrom(long reopen) {
      List<Change> kept = new ArrayList<>(changes.length);
      for (Change change : changes) {
        if (change.generation() >= reopen) {
          kept.add(change);
        }
      }
      return kept.size() == changes.length ? this : of(kept);
    }

    private static Snapshot of(List<Change> changes) {
      Snapshot snapshot = EMPTY;
      for (Change change : changes) {
        snapshot = snapshot.append(change);
      }
      return snapshot;
    }

    private Snapshot append(Change change) {
      int owner = changes.length;
      Change[] moreChanges = Arrays.copyOf(changes, owner + 1);
      moreChanges[owner] = change;

      long id = (long) change.customerId().hashCode() << 32 | owner;
      long[] moreIds = new long[ids.length + 1];
      int at = -Arrays.binarySearch(ids, id) - 1;
      System.arraycopy(ids, 0, moreIds, 0, at);
      moreIds[at] = id;
      System.arraycopy(ids, at, moreIds, at + 1, ids.length - at);

      // The change's terms merged into everyone's, by key.
      Term[] added = change.terms();
      long[] addedKeys = change.keys();
      int size = keys.length + added.length;
      long[] mergedKeys = new long[size];
      int[] mergedOwners = new int[size];
      Term[] mergedTerms = new Term[size];
      for (int i = 0, j = 0, k = 0; k < size; k++) {
        if (j == added.length || (i < keys.length && keys[i] <= addedKeys[j])) {
          mergedKeys[k] = keys[i];
          mergedOwners[k] = owners[i];
          mergedTerms[k] = terms[i++];
        } else {
          mergedKeys[k] = addedKeys[j];
          mergedOwners[k] = owner;
          mergedTerms[k] = added[j++];
        }
      }

      FieldTerms[] moreByField = byField.clone();
      for (int i = 0; i < change.fields().length; i++) {
        int field = fieldIndex(moreByField, change.fields()[i]);
        if (field < 0) {
          moreByField = Arrays.copyOf(moreByField, moreByField.length + 1);
          field = moreByField.length - 1;
          moreByField[field] = new FieldTerms(change.fields()[i], new BytesRef[0], new int[0]);
        }
        moreByField[field] = moreByField[field].with(change.valuesByField()[i], owner);
      }
      return new Snapshot(moreChanges, moreIds, mergedKeys, mergedOwners, mergedTerms, moreByField);
    }

    private static int fieldIndex(FieldTerms[] byField, String field) {
      for (int i = 0; i < byField.length; i++) {
        if (byField[i].field().equals(field)) {
          return i;
        }
      }
      return -1;
    }

    /** The index of the customer's change, or -1 when it did not change. */
    private int indexOf(String customerId) {
      long hash = customerId.hashCode();
      int i = lowerBound(ids, hash << 32);
      for (; i < ids.length && ids[i] >> 32 == hash; i++) {
        int index = (int) ids[i];
        if (changes[index].customerId().equals(customerId)) {
          return index;
        }
      }
      return -1;
    }

    /** The first index whose value is at least {@code value}. */
    private static int lowerBound(long[] sorted, long value) {
      int low = 0;
      int high = sorted.length;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (sorted[middle] < value) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      return low;
    }

    /**
     * The searcher's candidates without those changed since (their copy there is outdated),
     * followed by each changed customer the query would find, oldest change first: one that
     * shares a term with it or has a term one of its fuzzy or prefix clauses accepts. Their
     * relevance is 0: Lucene did not score them, and a check scores every candidate with the
     * model anyway.
     */
    List<Candidate> merge(List<Candidate> found, Query query) {
      if (changes.length == 0) {
        return found;
      }
      List<Candidate> merged = new ArrayList<>(found.size() + changes.length);
      for (Candidate candidate : found) {
        if (indexOf(candidate.customerId()) < 0) {
          merged.add(candidate);
        }
      }
      boolean[] matched = matched(Clauses.of(query));
      for (int i = 0; i < changes.length; i++) {
        if (matched[i]) {
          merged.add(new Candidate(changes[i].customerId(), 0f, changes[i].features()));
        }
      }
      return merged;
    }

    /** Which changes the clauses find; never a removal, which has no terms. */
    private boolean[] matched(Clauses clauses) {
      boolean[] matched = new boolean[changes.length];
      for (Term term : clauses.terms) {
        long key = key(term);
        for (int i = lowerBound(keys, key); i < keys.length && keys[i] == key; i++) {
          if (terms[i].equals(term)) {
            matched[owners[i]] = true;
          }
        }
      }
      for (int p = 0; p < clauses.patterns.size(); p++) {
        int index = fieldIndex(byField, clauses.patternFields.get(p));
        if (index < 0) {
          continue;
        }
        FieldTerms field = byField[index];
        ByteRunAutomaton pattern = clauses.patterns.get(p);
        for (int i = 0; i < field.values().length; i++) {
          int owner = field.owners()[i];
          BytesRef value = field.values()[i];
          if (!matched[owner] && pattern.run(value.bytes, value.offset, value.length)) {
            matched[owner] = true;
          }
        }
      }
      return matched;
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
  }
}
