package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ValueMemoTest {
  private final AtomicInteger computed = new AtomicInteger();

  private StandardValue city(String raw) {
    computed.incrementAndGet();
    return StandardValue.of(raw, raw.toLowerCase());
  }

  @Test
  void aRepeatedValueIsStandardizedOnce() {
    ValueMemo memo = new ValueMemo(10);

    StandardValue first = memo.get("AU", "Sydney", () -> city("Sydney"));
    StandardValue second = memo.get("AU", "Sydney", () -> city("Sydney"));

    assertThat(second).isSameAs(first);
    assertThat(computed).hasValue(1);
  }

  @Test
  void theSameTextInAnotherRegionIsStandardizedAgain() {
    ValueMemo memo = new ValueMemo(10);

    memo.get("AU", "2000", () -> city("2000"));
    memo.get("CN", "2000", () -> city("2000"));

    assertThat(computed).hasValue(2);
  }

  @Test
  void aFullMemoStillAnswersButLearnsNothingMore() {
    ValueMemo memo = new ValueMemo(2);
    memo.get("AU", "Sydney", () -> city("Sydney"));
    memo.get("AU", "Perth", () -> city("Perth"));

    StandardValue darwin = memo.get("AU", "Darwin", () -> city("Darwin"));
    memo.get("AU", "Darwin", () -> city("Darwin"));

    assertThat(darwin.canonicalValue()).contains("darwin");
    assertThat(memo.size()).isEqualTo(2);
    assertThat(computed).hasValue(4);
  }
}
