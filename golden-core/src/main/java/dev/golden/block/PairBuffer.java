package dev.golden.block;

import java.util.Arrays;

/** A growable list of record index pairs, stored as two int arrays. */
final class PairBuffer {
  private int[] left = new int[1024];
  private int[] right = new int[1024];
  private int size;

  void add(int a, int b) {
    if (size == left.length) {
      int capacity = size + (size >> 1);
      left = Arrays.copyOf(left, capacity);
      right = Arrays.copyOf(right, capacity);
    }
    left[size] = a;
    right[size] = b;
    size++;
  }

  int size() {
    return size;
  }

  void addAll(PairBuffer other) {
    for (int i = 0; i < other.size; i++) {
      add(other.left[i], other.right[i]);
    }
  }

  CandidatePairs toPairs(int[] ruleEnds) {
    return new CandidatePairs(Arrays.copyOf(left, size), Arrays.copyOf(right, size), ruleEnds);
  }
}
