package dev.golden.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PermutationTest {
  @ParameterizedTest(name = "size {0}")
  @ValueSource(ints = {1, 2, 3, 17, 1000, 65_537})
  void isABijectionWithAnInverse(int size) {
    Permutation permutation = new Permutation(size, 42);
    BitSet seen = new BitSet(size);
    for (int i = 0; i < size; i++) {
      long image = permutation.apply(i);
      assertThat(image).isBetween(0L, size - 1L);
      assertThat(permutation.inverse(image)).isEqualTo(i);
      seen.set((int) image);
    }
    assertThat(seen.cardinality()).isEqualTo(size);
  }
}
