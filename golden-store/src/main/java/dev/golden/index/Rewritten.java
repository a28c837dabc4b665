package dev.golden.index;

import java.util.Objects;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * A query with its rewrite on one reader, done beforehand: a search on that reader rewrites it to
 * the rewrite at once, and a visitor sees the query as written (a fuzzy clause, not the terms it
 * expanded to on the reader), as {@link UnseenChanges} needs to match changes the reader does not
 * show. Only for searches on the reader it was rewritten on.
 */
final class Rewritten extends Query {
  private final Query query;
  private final Query rewrite;

  Rewritten(Query query, Query rewrite) {
    this.query = query;
    this.rewrite = rewrite;
  }

  /** Whether the rewrite has no term to match: an expansion none of the reader's terms fit. */
  boolean matchesNothing() {
    boolean[] anyTerm = {false};
    rewrite.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        anyTerm[0] |= terms.length > 0;
      }

      @Override
      public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
        anyTerm[0] = true;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return !anyTerm[0];
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return rewrite;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return query.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && query.equals(((Rewritten) other).query) && rewrite.equals(((Rewritten) other).rewrite);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), query);
  }
}
