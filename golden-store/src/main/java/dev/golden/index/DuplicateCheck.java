package dev.golden.index;

import dev.golden.match.CandidateScorer;
import dev.golden.match.Explanation;
import dev.golden.match.MatchModel;
import dev.golden.match.TermFrequencies;
import dev.golden.record.Attribute;
import dev.golden.standardize.Standardization;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Duplicate prevention on entry: before a customer is created, finds the existing customers it
 * looks like. The index proposes a few candidates; the batch engine's {@link MatchModel} scores
 * each pair, with term frequencies counted over every indexed customer, so a check on entry and a
 * batch run agree. Also the free-text search of a call-centre agent. Thread-safe.
 *
 * <pre>{@code
 * DuplicateCheck check = DuplicateCheck.builder(model, index, Standardization.of(dictionary)).build();
 * CheckResult result = check.check(Map.of("full_name", "Jon Smith", "phone", "(415) 555-0100"));
 * if (result instanceof CheckResult.PossibleDuplicates possible) {
 *   ask(possible.suggestions()); // "it is customer X" or "create anyway"
 * }
 * }</pre>
 */
public final class DuplicateCheck {
  private static final String NEW_RECORD = "new";

  private final MatchModel model;
  private final CandidateScorer scorer;
  private final CandidateIndex index;
  private final EntryFeatures entry;
  private final FreeTextQuery freeText;
  private final int candidates;

  private DuplicateCheck(Builder builder) {
    this.model = builder.model;
    this.scorer = CandidateScorer.of(builder.model);
    this.index = builder.index;
    this.entry = new EntryFeatures(builder.standardization);
    this.freeText = new FreeTextQuery(entry);
    this.candidates = builder.candidates;
  }

  public static Builder builder(MatchModel model, CandidateIndex index, Standardization standardization) {
    return new Builder(model, index, standardization);
  }

  /**
   * The comparable attributes of a record given as dictionary field name → raw value, as the index
   * keeps them: what to {@link CandidateIndex#upsert} once the record is created.
   *
   * @throws IllegalArgumentException for a field the dictionary does not have
   */
  public Map<Attribute, String> features(Map<String, String> rawFieldValues) {
    return entry.of(rawFieldValues);
  }

  /** Checks a record given as dictionary field name → raw value. */
  public CheckResult check(Map<String, String> rawFieldValues) {
    return checkFeatures(features(rawFieldValues));
  }

  /** Checks a record whose comparable attributes are already derived (from a standardized row). */
  public CheckResult checkFeatures(Map<Attribute, String> features) {
    List<Suggestion> suggestions = index.view(view -> {
      // One look-up per term for the query and the term frequencies alike (a phone is both).
      TermLookups terms = new TermLookups(view.reader());
      List<Candidate> found = view.search(CandidateQueries.forRecord(features, terms), candidates);
      return found.isEmpty() ? List.<Suggestion>of()
          : score(features, found, index.termFrequencies(view.reader(), terms));
    });
    return suggestions.isEmpty() ? new CheckResult.NoLikelyDuplicate() : new CheckResult.PossibleDuplicates(suggestions);
  }

  /**
   * The scorer adjusts a pair's weight by the frequency of the new record's value only (it is side
   * A of every pair), so the candidates' own values need no look-up in the index.
   */
  private List<Suggestion> score(Map<Attribute, String> features, List<Candidate> found, TermFrequencies frequencies) {
    List<String> ids = new ArrayList<>(found.size());
    List<Map<Attribute, String>> values = new ArrayList<>(found.size());
    found.forEach(candidate -> {
      ids.add(candidate.customerId());
      values.add(candidate.features());
    });
    CandidateScorer.Scores scores = scorer.score(NEW_RECORD, features, ids, values, frequencies);
    List<Suggestion> suggestions = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      double weight = scores.weight(i);
      if (MatchModel.probability(weight) >= model.reviewThreshold()) {
        Explanation explanation = scores.explain(i);
        suggestions.add(new Suggestion(found.get(i).customerId(), explanation.matchProbability(),
            explanation.matchWeight(), explanation));
      }
    }
    suggestions.sort(Comparator.comparingDouble(Suggestion::matchWeight).reversed());
    return suggestions;
  }

  /**
   * Customers for a call-centre agent's free text, best first: an email, a phone number in any
   * format, a Chinese name (traditional or simplified) or Latin or pinyin name fragments, each
   * searched the way it is best found.
   */
  public List<Candidate> search(String query, int k) {
    if (query.isBlank()) {
      return List.of();
    }
    List<Candidate> found = index.view(view -> view.search(freeText.parse(query), k));
    return found.size() > k ? found.subList(0, k) : found;
  }

  /** Configures a {@link DuplicateCheck}. */
  public static final class Builder {
    private final MatchModel model;
    private final CandidateIndex index;
    private final Standardization standardization;
    private int candidates = 20;

    private Builder(MatchModel model, CandidateIndex index, Standardization standardization) {
      this.model = Objects.requireNonNull(model, "model");
      this.index = Objects.requireNonNull(index, "index");
      this.standardization = Objects.requireNonNull(standardization, "standardization");
    }

    /** How many customers the index proposes for scoring (default 20): recall against latency. */
    public Builder candidates(int candidates) {
      if (candidates < 1) {
        throw new IllegalArgumentException("candidates must be at least 1, not " + candidates);
      }
      this.candidates = candidates;
      return this;
    }

    public DuplicateCheck build() {
      return new DuplicateCheck(this);
    }
  }
}
