package dev.golden.index;

import dev.golden.dictionary.DataDictionary;
import dev.golden.match.MatchModel;
import dev.golden.standardize.Standardization;
import dev.golden.synth.SyntheticCustomers;

/**
 * A model trained the way {@code golden dedupe} trains one, on 2,000 synthetic customers and their
 * duplicates; built once and shared by the tests of this package.
 */
final class TrainedModel {
  static final DataDictionary DICTIONARY = DataDictionary.defaults();
  static final Standardization STANDARDIZATION = Standardization.of(DICTIONARY);
  static final SyntheticCustomers CUSTOMERS = SyntheticCustomers.builder().people(2000).seed(11).build();
  private static MatchModel model;

  private TrainedModel() {}

  static synchronized MatchModel get() {
    if (model == null) {
      model = train();
    }
    return model;
  }

  private static MatchModel train() {
    return CUSTOMERS.trainModel(DICTIONARY);
  }
}
