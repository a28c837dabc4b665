package dev.golden.server.hub;

import dev.golden.dictionary.DataDictionary;
import dev.golden.match.MatchModel;
import dev.golden.match.ModelJson;
import dev.golden.store.Store;
import dev.golden.store.StoredModel;
import dev.golden.synth.SyntheticCustomers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The match model the duplicate check scores with: the store's newest, or on a hub that has none
 * yet a starter model trained on generated customers and saved, so that a fresh hub prevents
 * duplicates from its first record. A model trained on the hub's own data (later imports) replaces
 * it simply by being newer.
 */
public final class HubModel {

  /** Enough generated people for stable m and u estimates; trains in a few seconds. */
  static final int STARTER_PEOPLE = 2_000;
  private static final long STARTER_SEED = 20_240_501L;
  static final String STARTER_AUTHOR = "golden (starter model)";

  private HubModel() {}

  /** The store's newest model, or a newly trained starter model (then saved in the store). */
  public static MatchModel latestOrTrain(Store store, Consumer<String> console) {
    Optional<StoredModel> latest = store.models().latest();
    if (latest.isPresent()) {
      try {
        return ModelJson.fromJson(latest.get().modelJson(), "match model " + latest.get().id() + " in the store");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    console.accept("No match model in the store yet: training a starter model on "
        + STARTER_PEOPLE + " generated customers...");
    MatchModel model = trainStarter(STARTER_PEOPLE);
    store.models().save(ModelJson.toJson(model), STARTER_AUTHOR);
    return model;
  }

  /** A model trained the way {@code golden dedupe} trains one, on {@code people} generated customers. */
  public static MatchModel trainStarter(int people) {
    return SyntheticCustomers.builder().people(people).seed(STARTER_SEED).build().trainModel(DataDictionary.defaults());
  }
}
