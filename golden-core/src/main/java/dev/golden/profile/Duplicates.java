package dev.golden.profile;

import java.util.List;

/**
 * Likely duplicates: records sharing an exact standardized key (email, phone, national id, name
 * with date of birth or postcode, company with postcode, city or phone). Keys are compared by
 * 64-bit hash, so counts are exact but for a negligible chance of collision.
 *
 * @param keys one entry per key the mapped fields allow
 * @param records records that share at least one key with another record
 */
public record Duplicates(List<DuplicateKeyCount> keys, long records) {
  public Duplicates {
    keys = List.copyOf(keys);
  }
}
