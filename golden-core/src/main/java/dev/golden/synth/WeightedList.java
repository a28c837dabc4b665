package dev.golden.synth;

import java.util.Arrays;
import java.util.List;

/**
 * Items listed from most to least common, drawn with Zipf-like weights {@code 1 / (rank + flatness)}:
 * a few names (Smith, 王) are very common and the long tail is rare, as in real customer files.
 * A larger flatness spreads the draws more evenly.
 */
final class WeightedList<T> {
  private final List<T> items;
  private final double[] cumulative;

  WeightedList(List<T> items, double flatness) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("A weighted list needs at least one item");
    }
    this.items = List.copyOf(items);
    this.cumulative = new double[items.size()];
    double sum = 0;
    for (int rank = 0; rank < items.size(); rank++) {
      sum += 1.0 / (rank + flatness);
      cumulative[rank] = sum;
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= sum;
    }
  }

  T draw(Dice dice) {
    int index = Arrays.binarySearch(cumulative, dice.nextDouble());
    return items.get(Math.min(index < 0 ? -index - 1 : index, items.size() - 1));
  }

  List<T> items() {
    return items;
  }
}
