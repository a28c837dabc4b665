package dev.golden.profile;

import java.util.List;

/**
 * How many records share one exact standardized key with another record.
 *
 * @param name the key, e.g. {@code email} or {@code company+postcode}
 * @param fields the dictionary fields the key is built from
 * @param records records whose key value occurs more than once
 * @param groups distinct key values that occur more than once
 */
public record DuplicateKeyCount(String name, List<String> fields, long records, long groups) {
  public DuplicateKeyCount {
    fields = List.copyOf(fields);
  }
}
