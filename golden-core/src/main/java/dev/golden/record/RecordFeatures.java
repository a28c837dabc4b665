package dev.golden.record;

import dev.golden.dictionary.ColumnMapping;
import dev.golden.dictionary.DataDictionary;
import dev.golden.standardize.StandardValue;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The comparable {@link Attribute}s of one record at a time, for callers outside batch loading (a
 * record entered in a form, a record read back from a store). Same derivation as
 * {@link RecordLoader}'s. Thread-safe.
 */
public final class RecordFeatures {
  private static final Attribute[] ATTRIBUTES = Attribute.values();

  private final FeatureExtractor extractor;

  private RecordFeatures(FeatureExtractor extractor) {
    this.extractor = extractor;
  }

  /** Features of rows whose columns are mapped to the dictionary's fields as given. */
  public static RecordFeatures of(DataDictionary dictionary, ColumnMapping mapping) {
    return new RecordFeatures(new FeatureExtractor(mapping, dictionary.fields()));
  }

  /**
   * The attributes of one standardized row (one value per column of the mapping); attributes the
   * record lacks are absent.
   */
  public Map<Attribute, String> extract(StandardValue[] values) {
    String[] features = extractor.extract(values);
    Map<Attribute, String> map = new EnumMap<>(Attribute.class);
    for (int i = 0; i < features.length; i++) {
      if (features[i] != null && !features[i].isEmpty()) {
        map.put(ATTRIBUTES[i], features[i]);
      }
    }
    return Collections.unmodifiableMap(map);
  }
}
