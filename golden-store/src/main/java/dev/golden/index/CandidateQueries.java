package dev.golden.index;

import dev.golden.record.Attribute;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
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

  /**
   * Customers a key may be shared by and still propose candidates. Checking a record costs about
   * the customers its keys find: at a million customers a common given name alone is shared by
   * tens of thousands. Compound keys (given and family name, a name's sound and the postcode) find
   * the same customers among far fewer.
   */
  static final int MAX_PROPOSING = 2_000;
  /** A blocking rule's compound key: as strong as a name token, rarer than any of its parts. */
  private static final float COMPOUND_BOOST = 1.5f;

  private static final List<Attribute> NAMES = List.of(Attribute.GIVEN_NAME, Attribute.FAMILY_NAME);
  private static final List<Attribute> SOUNDS = List.of(Attribute.GIVEN_PHONETIC, Attribute.FAMILY_PHONETIC);

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
   * company word, a blocking rule's compound key) to be a candidate; the weak boosters (single
   * Han characters, postcode, city) only rank those. Were the boosters candidates of their own, a
   * common city or surname character would make Lucene score a tenth of a million customers: the
   * slow tail of checks. So does a key that more than {@value #MAX_PROPOSING} customers share (a
   * common given name, its sound): it ranks the customers the rarer keys find, as a booster.
   */
  static RecordQuery forRecord(Map<Attribute, String> features, TermLookups terms) {
    Clauses clauses = new Clauses(terms);
    EXACT_BOOSTS.forEach((attribute, boost) -> {
      String value = features.get(attribute);
      if (value != null) {
        Term term = new Term(IndexFields.exact(attribute), value);
        if (WEAK.contains(attribute)) {
          clauses.booster(terms.termQuery(term), boost);
        } else if (clauses.key(term, boost)) {
          clauses.proposing().add(attribute);
        }
      }
    });
    Set<String> tokens = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (Attribute name : NAMES) {
      // A name proposes when one of its tokens is rare: every customer with the same name has it.
      for (String token : IndexFields.tokens(features.getOrDefault(name, ""))) {
        Term term = new Term(IndexFields.NAME, token);
        if (tokens.add(token) && (token.length() < MIN_FUZZY_LENGTH ? clauses.key(term, 2f) : clauses.fuzzyKey(term, 2f))) {
          clauses.proposing().add(name);
        }
      }
    }
    for (Attribute sound : SOUNDS) {
      for (String code : IndexFields.tokens(features.getOrDefault(sound, ""))) {
        if (codes.add(code) && clauses.key(new Term(IndexFields.PHONETIC, code), 1f)) {
          clauses.proposing().add(sound);
        }
      }
    }
    String hanName = features.getOrDefault(Attribute.HAN_NAME, "");
    IndexFields.hanGrams(hanName).forEach(gram -> {
      Term term = new Term(IndexFields.HAN, gram);
      if (gram.length() > 1) {
        clauses.key(term, 2f);
      } else if (hanName.codePointCount(0, hanName.length()) == 1) {
        // A one-character name has nothing but single characters to be found by.
        clauses.key(term, 0.7f);
      } else {
        clauses.booster(terms.termQuery(term), 0.7f);
      }
    });
    IndexFields.companyTokens(features.getOrDefault(Attribute.COMPANY_NAME, ""))
        .forEach(token -> clauses.key(new Term(IndexFields.COMPANY, token), 2f));
    // A compound key with an attribute that proposes already would find no one else.
    IndexFields.blockKeys(features, clauses.proposing())
        .forEach(key -> clauses.key(new Term(IndexFields.BLOCK, key), COMPOUND_BOOST));
    return clauses.query();
  }

  /** A record's clauses, each where its frequency puts it. */
  private static final class Clauses {
    private final TermLookups terms;
    private final BooleanQuery.Builder keys = new BooleanQuery.Builder();
    /** Keys too common to propose candidates: boosters, unless the record has no rarer key. */
    private final BooleanQuery.Builder commonKeys = new BooleanQuery.Builder();
    private final BooleanQuery.Builder boosters = new BooleanQuery.Builder();
    private final Set<Attribute> proposing = EnumSet.noneOf(Attribute.class);
    /** Whether any key is rare enough to propose candidates. */
    private boolean proposes;

    Clauses(TermLookups terms) {
      this.terms = terms;
    }

    /** Whether the term is rare enough to propose candidates. */
    boolean key(Term term, float boost) {
      boolean rare = terms.docFreq(term) <= MAX_PROPOSING;
      should(rare ? keys : commonKeys, terms.termQuery(term), boost);
      proposes |= rare;
      return rare;
    }

    /**
     * A name token within one edit: its rare spellings are keys; if the token itself is common,
     * it ranks. (Common spellings one edit away do not: a typo of a common name is found by its
     * sound, with the rest of the name, in a compound key.) Whether the token itself is rare.
     */
    boolean fuzzyKey(Term token, float boost) {
      Rewritten rare = terms.rewritten(OneEditQuery.rare(token, MAX_EXPANSIONS, MAX_PROPOSING));
      // Kept even when no spelling in the index is rare: a customer entered a moment ago, not
      // in the searcher yet, is matched against the query's clauses as written.
      should(keys, rare, boost);
      proposes |= !rare.matchesNothing();
      boolean tokenIsRare = terms.docFreq(token) <= MAX_PROPOSING;
      if (!tokenIsRare) {
        should(commonKeys, terms.termQuery(token), boost);
      }
      return tokenIsRare;
    }

    void booster(Query query, float boost) {
      should(boosters, query, boost);
    }

    /**
     * The attributes whose whole value is a key that proposes candidates: a compound key with one
     * of them would find no customer they do not.
     */
    Set<Attribute> proposing() {
      return proposing;
    }

    RecordQuery query() {
      BooleanQuery common = commonKeys.build();
      BooleanQuery weak = boosters.build();
      if (!proposes) {
        // Nothing but common keys (a lone common name): they propose then, however slowly;
        // nothing but weak boosters: still better than no candidate at all.
        common.clauses().forEach(keys::add);
        BooleanQuery all = keys.build();
        return all.clauses().isEmpty() ? new RecordQuery(weak, Optional.empty()) : new RecordQuery(all, nonEmpty(weak));
      }
      BooleanQuery.Builder rankers = new BooleanQuery.Builder();
      common.clauses().forEach(rankers::add);
      weak.clauses().forEach(rankers::add);
      return new RecordQuery(keys.build(), nonEmpty(rankers.build()));
    }

    private static Optional<Query> nonEmpty(BooleanQuery query) {
      return query.clauses().isEmpty() ? Optional.empty() : Optional.of(query);
    }
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
