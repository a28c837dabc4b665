package dev.golden.synth;

/**
 * Where every record sits. Records are numbered entity by entity (the entity's first record, then
 * its duplicates); a {@link Permutation} scatters those numbers over the output positions so that
 * duplicates are far apart. Keeps one int per entity (the number of its first record), nothing per
 * record.
 */
final class RecordLayout {
  private static final long PURPOSE_COUNT = 4;
  private final int[] firstRecord;
  private final Permutation permutation;

  RecordLayout(int people, long seed, double duplicateRate) {
    firstRecord = new int[people + 1];
    long next = 0;
    for (int e = 0; e < people; e++) {
      firstRecord[e] = Math.toIntExact(next);
      next += 1 + duplicates(Dice.of(seed, e, PURPOSE_COUNT), duplicateRate);
    }
    firstRecord[people] = Math.toIntExact(next);
    permutation = new Permutation(Math.max(1, next), seed);
  }

  /** No duplicates, or 1 to 4 of them with 1 the most common. */
  private static int duplicates(Dice dice, double duplicateRate) {
    if (!dice.chance(duplicateRate)) {
      return 0;
    }
    double u = dice.nextDouble();
    return u < 0.6 ? 1 : u < 0.85 ? 2 : u < 0.95 ? 3 : 4;
  }

  int records() {
    return firstRecord[firstRecord.length - 1];
  }

  int people() {
    return firstRecord.length - 1;
  }

  /** The record number written at an output position. */
  int recordAt(int position) {
    return (int) permutation.apply(position);
  }

  /** The output position of a record number. */
  int positionOf(int record) {
    return (int) permutation.inverse(record);
  }

  int entityOf(int record) {
    int low = 0;
    int high = firstRecord.length - 2;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (firstRecord[mid] <= record) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  int firstRecordOf(int entity) {
    return firstRecord[entity];
  }

  int recordCountOf(int entity) {
    return firstRecord[entity + 1] - firstRecord[entity];
  }
}
