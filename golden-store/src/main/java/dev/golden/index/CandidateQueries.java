package dev.golden.index;

import dev.golden.record.Attribute;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene queries that find the customers a record could be a duplicate of. Every clause is
 * optional: a candidate needs to share only one key. Boosts rank strong keys (phone, email,
 * national id) above names, and names above the weak boosters (postcode, city, street) that only
 * order customers who already share something.
 */
final class CandidateQueries {
  /** Fuzzy expansions per name token: enough for typos, few enough to stay fast on a million names. */
  private static final int MAX_EXPANSIONS = 16;
  /** Shorter names are too close to each other for an edit to mean a typo (ann, anh, an). */
  private static final int MIN_FUZZY_LENGTH = 4;

  private static final Map<Attribute, Float> EXACT_BOOSTS = Map.ofEntries(
      Map.entry(Attribute.NATIONAL_ID, 10f),
      Map.entry(Attribute.PHONE, 8f),
      Map.entry(Attribute.EMAIL, 8f),
      Map.entry(Attribute.PHONE_TAIL, 4f),
      Map.entry(Attribute.WEBSITE, 3f),
      Map.entry(Attribute.DATE_OF_BIRTH, 2f),
      Map.entry(Attribute.STREET_ADDRESS, 1f),
      Map.entry(Attribute.POSTCODE, 0.5f),
      Map.entry(Attribute.CITY, 0.2f));

  /** Attributes that rank candidates but are too common to propose them. */
  private static final Set<Attribute> WEAK = EnumSet.of(Attribute.POSTCODE, Attribute.CITY);

  private CandidateQueries() {}

  /**
   * A record's look-up in two steps: the keys find and rank the customers (Lucene skips those
   * that can no longer reach the best few, which it cannot do while adding optional boosters to
   * every customer a key finds), then the boosters add their score to the best of those only.
   */
  record RecordQuery(Query keys, Optional<Query> boosters) {}

  /**
   * A customer must share a key (an identifier, a name token or its sound, a Han bigram, a
   * company word) to be a candidate; the weak boosters (single Han characters, postcode, city)
   * only rank those. Were the boosters candidates of their own, a common city or surname
   * character would make Lucene score a tenth of a million customers: the slow tail of checks.
   */
  static RecordQuery forRecord(Map<Attribute, String> features, TermLookups terms) {
    BooleanQuery.Builder keys = new BooleanQuery.Builder();
    BooleanQuery.Builder boosters = new BooleanQuery.Builder();
    EXACT_BOOSTS.forEach((attribute, boost) -> {
      String value = features.get(attribute);
      if (value != null) {
        should(WEAK.contains(attribute) ? boosters : keys,
            terms.termQuery(new Term(IndexFields.exact(attribute), value)), boost);
      }
    });
    IndexFields.nameTokens(features).forEach(token -> should(keys, token.length() < MIN_FUZZY_LENGTH
        ? terms.termQuery(new Term(IndexFields.NAME, token)) : terms.rewritten(fuzzy(IndexFields.NAME, token)), 2f));
    IndexFields.phoneticCodes(features)
        .forEach(code -> should(keys, terms.termQuery(new Term(IndexFields.PHONETIC, code)), 1f));
    String hanName = features.getOrDefault(Attribute.HAN_NAME, "");
    IndexFields.hanGrams(hanName).forEach(gram -> {
      // A one-character name has nothing but single characters to be found by.
      boolean key = gram.length() > 1 || hanName.codePointCount(0, hanName.length()) == 1;
      should(key ? keys : boosters, terms.termQuery(new Term(IndexFields.HAN, gram)), gram.length() > 1 ? 2f : 0.7f);
    });
    IndexFields.companyTokens(features.getOrDefault(Attribute.COMPANY_NAME, ""))
        .forEach(token -> should(keys, terms.termQuery(new Term(IndexFields.COMPANY, token)), 2f));
    BooleanQuery keyQuery = keys.build();
    BooleanQuery boosterQuery = boosters.build();
    if (keyQuery.clauses().isEmpty()) {
      // Nothing but weak keys: still better than no candidate at all.
      return new RecordQuery(boosterQuery, Optional.empty());
    }
    return new RecordQuery(keyQuery, boosterQuery.clauses().isEmpty() ? Optional.empty() : Optional.of(boosterQuery));
  }

  /** A name token as typed: one edit allowed from 4 letters on, or a prefix of a longer name. */
  static Query nameFragment(String token) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    should(query, fuzzy(IndexFields.NAME, token), 1f);
    if (token.length() >= 2) {
      should(query, new PrefixQuery(new Term(IndexFields.NAME, token)), 0.5f);
      should(query, new PrefixQuery(new Term(IndexFields.COMPANY, token)), 0.3f);
    }
    return query.build();
  }

  static Query fuzzy(String field, String token) {
    // One edit (a transposition counts as one) and not two: two-edit automata cost milliseconds to
    // build, and a name with two typos still shares its sound, phone or email. Typos rarely hit the
    // first letter; requiring it makes fuzzy look-ups an order of magnitude cheaper.
    if (token.length() < MIN_FUZZY_LENGTH) {
      return term(field, token);
    }
    return new OneEditQuery(new Term(field, token), MAX_EXPANSIONS);
  }

  static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  static void should(BooleanQuery.Builder query, Query clause, float boost) {
    query.add(new BoostQuery(clause, boost), BooleanClause.Occur.SHOULD);
  }
}
