package dev.golden.index;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BlendedTermQuery;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TopTermsRewrite;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The terms within one edit of a token (a transposition counts as one) that share its first
 * character, boosted and blended exactly as {@code new FuzzyQuery(term, 1, 1, maxExpansions, true)}
 * does: 1 for the token itself, {@code 1 - 1 / min(length of term, length of token)} for a term one
 * edit away. The difference is the automaton: FuzzyQuery builds a Levenshtein automaton in every
 * query, a millisecond-scale cost for a few names; here it is built once per token and kept, and
 * names repeat (a few thousand given and family names make up most of any customer base).
 */
final class OneEditQuery extends MultiTermQuery {
  private static final int PREFIX = 1;
  /**
   * Automata kept: 12 to 25 KB each (a name of 5 to 9 letters), so at most about 50 MB; when full
   * all are dropped at once and the common names come back first.
   */
  private static final int CACHED_AUTOMATA = 2_000;
  private static final ConcurrentHashMap<String, CompiledAutomaton> AUTOMATA = new ConcurrentHashMap<>();

  private final Term term;
  private final int termLength;

  OneEditQuery(Term term, int maxExpansions) {
    this(term, new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(maxExpansions));
  }

  /**
   * The same expansions, but only those at most {@code maxDocFreq} customers have: the terms rare
   * enough to propose candidates.
   */
  static OneEditQuery rare(Term term, int maxExpansions, int maxDocFreq) {
    return new OneEditQuery(term, new RareExpansions(maxExpansions, maxDocFreq));
  }

  private OneEditQuery(Term term, RewriteMethod rewrite) {
    super(term.field(), rewrite);
    if (term.text().codePointCount(0, term.text().length()) <= PREFIX) {
      throw new IllegalArgumentException("a token needs more than its first character to allow an edit: " + term);
    }
    this.term = term;
    this.termLength = term.text().codePointCount(0, term.text().length());
  }

  private static CompiledAutomaton automaton(String token) {
    CompiledAutomaton automaton = AUTOMATA.get(token);
    if (automaton == null) {
      automaton = FuzzyQuery.getFuzzyAutomaton(token, 1, PREFIX, true);
      if (AUTOMATA.size() >= CACHED_AUTOMATA) {
        AUTOMATA.clear();
      }
      AUTOMATA.put(token, automaton);
    }
    return automaton;
  }

  @Override
  protected TermsEnum getTermsEnum(Terms terms, AttributeSource attributes) throws IOException {
    return new Edits(automaton(term.text()).getTermsEnum(terms), term.bytes(), termLength);
  }

  /** Every term the automaton accepts, boosted by its similarity to the token. */
  private static final class Edits extends FilteredTermsEnum {
    private final BytesRef token;
    private final int tokenLength;
    private final BoostAttribute boost;

    Edits(TermsEnum within, BytesRef token, int tokenLength) {
      super(within, false);
      this.token = token;
      this.tokenLength = tokenLength;
      this.boost = attributes().addAttribute(BoostAttribute.class);
    }

    @Override
    protected AcceptStatus accept(BytesRef candidate) {
      if (candidate.bytesEquals(token)) {
        boost.setBoost(1f);
      } else {
        boost.setBoost(1f - 1f / Math.min(UnicodeUtil.codePointCount(candidate), tokenLength));
      }
      return AcceptStatus.YES;
    }
  }

  /**
   * The expansions {@link MultiTermQuery.TopTermsBlendedFreqScoringRewrite} chooses (the most
   * similar terms), blended alike, of which only those at most {@code maxDocFreq} customers have.
   */
  private static final class RareExpansions extends TopTermsRewrite<BlendedTermQuery.Builder> {
    private final int maxDocFreq;

    RareExpansions(int maxExpansions, int maxDocFreq) {
      super(maxExpansions);
      this.maxDocFreq = maxDocFreq;
    }

    @Override
    protected int getMaxSize() {
      return IndexSearcher.getMaxClauseCount();
    }

    @Override
    protected BlendedTermQuery.Builder getTopLevelBuilder() {
      BlendedTermQuery.Builder builder = new BlendedTermQuery.Builder();
      builder.setRewriteMethod(BlendedTermQuery.BOOLEAN_REWRITE);
      return builder;
    }

    @Override
    protected Query build(BlendedTermQuery.Builder builder) {
      return builder.build();
    }

    @Override
    protected void addClause(BlendedTermQuery.Builder builder, Term term, int docFreq, float boost, TermStates states) {
      if (docFreq <= maxDocFreq) {
        builder.add(term, boost, states);
      }
    }

    @Override
    public boolean equals(Object other) {
      return super.equals(other) && ((RareExpansions) other).maxDocFreq == maxDocFreq;
    }

    @Override
    public int hashCode() {
      return Objects.hash(super.hashCode(), maxDocFreq);
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(field)) {
      visitor.consumeTermsMatching(this, field, () -> automaton(term.text()).runAutomaton);
    }
  }

  @Override
  public String toString(String defaultField) {
    return (field.equals(defaultField) ? "" : field + ":") + term.text() + "~1";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OneEditQuery that && sameClassAs(other) && term.equals(that.term)
        && rewriteMethod.equals(that.rewriteMethod);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), term, rewriteMethod);
  }
}
