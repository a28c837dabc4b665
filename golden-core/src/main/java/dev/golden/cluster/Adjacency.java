package dev.golden.cluster;

/** Every record's scored pairs in compressed sparse rows, both directions. */
final class Adjacency {
  private final int[] offsets;
  private final int[] neighbours;
  private final float[] weights;

  private Adjacency(int[] offsets, int[] neighbours, float[] weights) {
    this.offsets = offsets;
    this.neighbours = neighbours;
    this.weights = weights;
  }

  /** The adjacency of the pairs marked as kept. */
  static Adjacency of(int records, ScoredPairs pairs, boolean[] kept) {
    int[] offsets = new int[records + 1];
    int size = 0;
    for (int p = 0; p < pairs.size(); p++) {
      if (kept[p]) {
        offsets[pairs.left()[p] + 1]++;
        offsets[pairs.right()[p] + 1]++;
        size++;
      }
    }
    for (int r = 0; r < records; r++) {
      offsets[r + 1] += offsets[r];
    }
    int[] fill = offsets.clone();
    int[] neighbours = new int[size * 2];
    float[] weights = new float[size * 2];
    for (int p = 0; p < pairs.size(); p++) {
      if (!kept[p]) {
        continue;
      }
      int a = pairs.left()[p];
      int b = pairs.right()[p];
      float w = (float) pairs.weights()[p];
      neighbours[fill[a]] = b;
      weights[fill[a]++] = w;
      neighbours[fill[b]] = a;
      weights[fill[b]++] = w;
    }
    return new Adjacency(offsets, neighbours, weights);
  }

  int start(int record) {
    return offsets[record];
  }

  int end(int record) {
    return offsets[record + 1];
  }

  int neighbour(int k) {
    return neighbours[k];
  }

  float weight(int k) {
    return weights[k];
  }
}
