package dev.golden.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An encoded column gives equal values one id, in order of first appearance")
class EncodedColumnTest {
  @Test
  @DisplayName("equal values share an id, counted per id; records never set are missing")
  void sharesIds() {
    EncodedColumn.Builder builder = new EncodedColumn.Builder();
    builder.set(0, "london");
    builder.set(1, "paris");
    builder.set(3, new String("london"));
    EncodedColumn column = builder.build(5);

    assertThat(column.id(0)).isEqualTo(0);
    assertThat(column.id(1)).isEqualTo(1);
    assertThat(column.id(3)).isEqualTo(0);
    assertThat(column.isMissing(2)).isTrue();
    assertThat(column.isMissing(4)).isTrue();
    assertThat(column.distinct()).isEqualTo(2);
    assertThat(column.count(0)).isEqualTo(2);
    assertThat(column.filled()).isEqualTo(3);
    assertThat(column.valueOfId(1)).isEqualTo("paris");
  }

  @Test
  @DisplayName("a hundred thousand distinct values keep their ids as the table grows")
  void growsWithoutLosingIds() {
    EncodedColumn.Builder builder = new EncodedColumn.Builder();
    int n = 100_000;
    for (int record = 0; record < 2 * n; record++) {
      builder.set(record, "+44 20 7946 " + (record % n));
    }
    EncodedColumn column = builder.build(2 * n);

    assertThat(column.distinct()).isEqualTo(n);
    for (int record = 0; record < 2 * n; record += 997) {
      assertThat(column.id(record)).isEqualTo(record % n);
      assertThat(column.value(record)).isEqualTo("+44 20 7946 " + (record % n));
    }
  }

  @Test
  @DisplayName("values with equal hash codes still get ids of their own")
  void tellsApartEqualHashes() {
    // "Aa" and "BB" have the same String.hashCode, and so do any concatenations of them.
    String[] values = {"AaAa", "AaBB", "BBAa", "BBBB", "AaAa", "BBBB"};
    EncodedColumn.Builder builder = new EncodedColumn.Builder();
    for (int record = 0; record < values.length; record++) {
      builder.set(record, values[record]);
    }
    EncodedColumn column = builder.build(values.length);

    assertThat(column.distinct()).isEqualTo(4);
    assertThat(column.id(4)).isEqualTo(column.id(0));
    assertThat(column.id(5)).isEqualTo(column.id(3));
    assertThat(column.value(2)).isEqualTo("BBAa");
  }
}
