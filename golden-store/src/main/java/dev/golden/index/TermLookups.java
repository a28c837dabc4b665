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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The term look-ups of one check on one searcher: each term looked up once, with one terms
 * enumerator per field and segment however many terms of the field the check reads. Left to
 * Lucene, every term query and every document-frequency read would open enumerators of its own in
 * every segment, and opening one costs more than the seek: most of a check's allocation on a
 * small, often reopened index. Not thread-safe: one check, one thread.
 */
final class TermLookups {
  private static final TermsEnum NO_TERMS = TermsEnum.EMPTY;

  private final IndexReaderContext top;
  private final List<LeafReaderContext> leaves;
  private final Map<String, TermsEnum[]> enums = new HashMap<>();
  private final Map<Term, TermStates> looked = new HashMap<>();

  TermLookups(IndexReader reader) {
    this.top = reader.getContext();
    this.leaves = top.leaves();
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
        Terms field = leaf.reader().terms(term.field());
        terms = field == null ? NO_TERMS : field.iterator();
        perLeaf[leaf.ord] = terms;
      }
      if (terms != NO_TERMS && terms.seekExact(term.bytes())) {
        states.register(terms.termState(), leaf.ord, terms.docFreq(), terms.totalTermFreq());
      }
    }
    return states;
  }
}
