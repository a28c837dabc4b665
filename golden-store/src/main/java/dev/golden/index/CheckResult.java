package dev.golden.index;

import java.util.List;

/** What a duplicate check on entry found: nothing worth a look, or customers that look like the same one. */
public sealed interface CheckResult {
  /** The customers that look like the record, best first; none when there is no likely duplicate. */
  List<Suggestion> suggestions();

  /** No indexed customer reaches the model's review threshold: safe to create. */
  record NoLikelyDuplicate() implements CheckResult {
    @Override
    public List<Suggestion> suggestions() {
      return List.of();
    }
  }

  /** Customers at or above the review threshold, best first; the caller confirms one or creates anyway. */
  record PossibleDuplicates(List<Suggestion> suggestions) implements CheckResult {
    public PossibleDuplicates {
      suggestions = List.copyOf(suggestions);
      if (suggestions.isEmpty()) {
        throw new IllegalArgumentException("possible duplicates need at least one suggestion");
      }
    }
  }
}
