package dev.golden.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The term look-ups of one check on one searcher: each term looked up once, with one terms
 * enumerator per field and segment however many terms of the field the check reads. Left to
 * Lucene, every term query and every document-frequency read would open enumerators of its own in
 * every segment, and opening one costs more than the seek: most of a check's allocation on a
 * small, often reopened index. The enumerators are also kept by the thread for its next check
 * (see {@link KeptEnums}): a reopen changes few segments, and a checking thread (a server's
 * request thread) serves many checks. So are the terms' states and the fuzzy rewrites, for the
 * thread's next checks on the same reader. Not thread-safe: one check, one thread.
 */
final class TermLookups {
  private static final TermsEnum NO_TERMS = TermsEnum.EMPTY;
  private static final ThreadLocal<KeptEnums> KEPT = ThreadLocal.withInitial(KeptEnums::new);

  private final IndexReaderContext top;
  private final List<LeafReaderContext> leaves;
  /** Per field, its enumerator in each segment, kept for the thread's checks on this reader. */
  private final Map<String, TermsEnum[]> enums;
  /** The terms looked up on this reader by this thread, this check's and earlier ones'. */
  private final Map<Term, TermStates> looked;
  /** The same for rewrites of fuzzy queries. */
  private final Map<Query, Query> rewrites;
  private final IndexReader reader;

  private final KeptEnums kept;

  TermLookups(IndexReader reader) {
    this.reader = reader;
    this.top = reader.getContext();
    this.leaves = top.leaves();
    this.kept = KEPT.get().on(reader);
    this.looked = kept.looked();
    this.enums = kept.byField();
    this.rewrites = kept.rewrites();
  }

  /**
   * A query that expands to terms (a fuzzy name), rewritten on this reader once for this and the
   * thread's later checks on it: common names recur, and the rewrite enumerates terms in every
   * segment. Searched as the rewrite, visited as the query itself ({@link Rewritten}).
   */
  Rewritten rewritten(Query query) {
    Query rewrite = rewrites.get(query);
    if (rewrite == null) {
      try {
        // One step, as a search's rewrite takes it: the search goes on from there as it would.
        rewrite = query.rewrite(new IndexSearcher(reader));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      rewrites.put(query, rewrite);
    }
    return new Rewritten(query, rewrite);
  }

  /** A term query that reads the term's postings and statistics from this look-up. */
  Query termQuery(Term term) {
    return new TermQuery(term, states(term));
  }

  /** The number of customers with the term (deleted ones count until merged away). */
  int docFreq(Term term) {
    return states(term).docFreq();
  }

  private TermStates states(Term term) {
    TermStates states = looked.get(term);
    if (states == null) {
      try {
        states = lookUp(term);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      looked.put(term, states);
    }
    return states;
  }

  private TermStates lookUp(Term term) throws IOException {
    TermsEnum[] perLeaf = enums.computeIfAbsent(term.field(), field -> new TermsEnum[leaves.size()]);
    TermStates states = new TermStates(top);
    for (LeafReaderContext leaf : leaves) {
      TermsEnum terms = perLeaf[leaf.ord];
      if (terms == null) {
        terms = kept.enumerator(leaf, term.field());
        perLeaf[leaf.ord] = terms;
      }
      if (terms != NO_TERMS && terms.seekExact(term.bytes())) {
        states.register(terms.termState(), leaf.ord, terms.docFreq(), terms.totalTermFreq());
      }
    }
    return states;
  }

  /**
   * A thread's terms enumerators by segment and field, from one check to the next. An enumerator
   * reads its segment's files, which stay open while a reader holding the segment is: the kept
   * ones are those of the segments in the reader of the thread's latest check (the caller holds
   * that reader for as long as it looks terms up), so a segment merged away is let go at the
   * thread's next check on a newer reader.
   */
  static final class KeptEnums {
    /**
     * Terms kept per reader: a reader serves many checks (a reopen every few dozen in a busy
     * server), and cities, postcodes, name sounds and birth dates repeat among them. Bounded for a
     * reader that is never reopened.
     */
    private static final int KEPT_TERMS = 4096;

    private IndexReader reader;
    private Map<Object, Map<String, TermsEnum>> bySegment = new HashMap<>();
    /** Replaced, never cleared: a look-up still holding the previous map keeps the states of its own reader. */
    private Map<Term, TermStates> looked = new HashMap<>();
    private Map<Query, Query> rewrites = new HashMap<>();
    private Map<String, TermsEnum[]> byField = new HashMap<>();

    /** These enumerators, kept only for the segments {@code current} still has. */
    KeptEnums on(IndexReader current) {
      if (current != reader) {
        Map<Object, Map<String, TermsEnum>> still = new HashMap<>();
        for (LeafReaderContext leaf : current.leaves()) {
          Object segment = segmentKey(leaf);
          Map<String, TermsEnum> fields = segment == null ? null : bySegment.get(segment);
          if (fields != null) {
            still.put(segment, fields);
          }
        }
        bySegment = still;
        reader = current;
        looked = new HashMap<>();
        rewrites = new HashMap<>();
        byField = new HashMap<>();
      }
      if (looked.size() + rewrites.size() > KEPT_TERMS) {
        looked = new HashMap<>();
        rewrites = new HashMap<>();
      }
      return this;
    }

    /** The terms looked up on the current reader: their states are the reader's and never change. */
    Map<Term, TermStates> looked() {
      return looked;
    }

    Map<Query, Query> rewrites() {
      return rewrites;
    }

    /** The enumerators of the current reader's segments by field, filled as fields are first read. */
    Map<String, TermsEnum[]> byField() {
      return byField;
    }

    TermsEnum enumerator(LeafReaderContext leaf, String field) throws IOException {
      Object segment = segmentKey(leaf);
      Map<String, TermsEnum> fields = segment == null ? new HashMap<>()
          : bySegment.computeIfAbsent(segment, key -> new HashMap<>());
      TermsEnum terms = fields.get(field);
      if (terms == null) {
        Terms inSegment = leaf.reader().terms(field);
        terms = inSegment == null ? NO_TERMS : inSegment.iterator();
        fields.put(field, terms);
      }
      return terms;
    }

    /** The segment's core, the same in every reader that shares it; none for readers without one. */
    private static Object segmentKey(LeafReaderContext leaf) {
      IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
      return core == null ? null : core.getKey();
    }
  }
}
