package dev.golden.cli;

import dev.golden.match.MatchModel;
import dev.golden.match.ModelTrainer;
import picocli.CommandLine.Option;

/** The two thresholds that split scored pairs into automatic match, needs review and non-match. */
final class ThresholdOptions {
  @Option(names = "--match-threshold", paramLabel = "P",
      description = "Match probability of an automatic match (default: 0.9, or the model's).")
  Double match;

  @Option(names = "--review-threshold", paramLabel = "P",
      description = "Match probability of a pair that needs review (default: 0.5, or the model's).")
  Double review;

  /** Training options with these thresholds. */
  ModelTrainer.Options training() {
    ModelTrainer.Options defaults = ModelTrainer.Options.defaults();
    return new ModelTrainer.Options(defaults.randomPairs(), defaults.seed(),
        check(match == null ? defaults.matchThreshold() : match),
        check(review == null ? defaults.reviewThreshold() : review));
  }

  /** A given model with the thresholds the user set, if any. */
  MatchModel applyTo(MatchModel model) {
    return model.withThresholds(check(match == null ? model.matchThreshold() : match),
        check(review == null ? model.reviewThreshold() : review));
  }

  private static double check(double probability) {
    if (!(probability > 0 && probability < 1)) {
      throw new IllegalArgumentException("a threshold is a match probability between 0 and 1, got " + probability);
    }
    return probability;
  }
}
