package dev.golden.hub;

import dev.golden.index.CheckResult;
import dev.golden.index.DuplicateCheck;
import dev.golden.index.Suggestion;
import dev.golden.match.MatchModel;
import dev.golden.store.SourceRecord;
import java.util.Map;
import java.util.Optional;

/** Matches records against the customers in the candidate index with the stored model. */
final class IndexMatcher implements CustomerMatcher {

    private final MatchModel model;
    private final String modelName;
    private final DuplicateCheck check;
    private final IndexRebuild index;

    IndexMatcher(MatchModel model, String modelName, DuplicateCheck check, IndexRebuild index) {
        this.model = model;
        this.modelName = modelName;
        this.check = check;
        this.index = index;
    }

    @Override
    public Optional<Match> best(SourceRecord record) {
        Map<String, String> values = record.standardizedValues();
        CheckResult result = check.check(values);
        return result.suggestions().stream().findFirst()
                .map((Suggestion s) -> new Match(Long.parseLong(s.customerId()), s.matchProbability()));
    }

    @Override
    public void customerChanged(long customerId, Map<String, String> values) {
        index.upsert(customerId, values);
    }

    @Override
    public double matchThreshold() {
        return model.matchThreshold();
    }

    @Override
    public double reviewThreshold() {
        return model.reviewThreshold();
    }

    @Override
    public String modelName() {
        return modelName;
    }
}
