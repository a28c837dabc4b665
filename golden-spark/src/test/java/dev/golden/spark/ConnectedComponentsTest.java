package dev.golden.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Connected components label every record with its component's smallest record")
class ConnectedComponentsTest {
  private static final StructType EDGES = new StructType()
      .add("a", DataTypes.LongType, false).add("b", DataTypes.LongType, false);

  @Test
  void aLongChainListedInShuffledOrderIsOneComponentFoundInFewRounds() {
    // 2,000 records linked one after another (typo after typo), the links listed out of order.
    List<Row> edges = new ArrayList<>();
    for (long i = 0; i < 2000; i++) {
      long x = (i * 7919) % 2000;
      edges.add(RowFactory.create(x + 1000, x + 1001));
    }
    edges.add(RowFactory.create(5L, 9L));
    edges.add(RowFactory.create(9L, 7L));

    ConnectedComponents.Result result = ConnectedComponents.of(frame(edges), 64);
    Map<Long, Long> components = labels(result.components());

    assertThat(components).hasSize(2001 + 3);
    assertThat(components.entrySet().stream().filter(e -> e.getKey() >= 1000).map(Map.Entry::getValue).distinct())
        .containsExactly(1000L);
    assertThat(components).containsEntry(5L, 5L).containsEntry(7L, 5L).containsEntry(9L, 5L);
    assertThat(result.rounds()).isLessThan(30);
  }

  @Test
  void aHubLinkedToEveryoneIsOneStar() {
    List<Row> edges = new ArrayList<>();
    for (long i = 1; i <= 500; i++) {
      edges.add(RowFactory.create(i, 300L));
    }

    Map<Long, Long> components = labels(ConnectedComponents.of(frame(edges), 64).components());

    assertThat(components.values()).containsOnly(1L);
    assertThat(components).hasSize(500);
  }

  @Test
  void linksListedTwiceInEitherDirectionOrToThemselvesChangeNothing() {
    List<Row> edges = new ArrayList<>();
    for (long[] link : new long[][] {{4, 2}, {2, 4}, {4, 2}, {8, 8}, {8, 6}, {6, 2}, {11, 10}, {10, 11}}) {
      edges.add(RowFactory.create(link[0], link[1]));
    }

    ConnectedComponents.Result result = ConnectedComponents.of(frame(edges), 64);

    assertThat(labels(result.components())).containsOnly(Map.entry(2L, 2L), Map.entry(4L, 2L), Map.entry(6L, 2L),
        Map.entry(8L, 2L), Map.entry(10L, 10L), Map.entry(11L, 10L));
  }

  @Test
  void aForestOfStarsCentredOnTheirSmallestRecordNeedsNoRound() {
    List<Row> edges = new ArrayList<>();
    for (long leaf = 2; leaf <= 40; leaf++) {
      edges.add(RowFactory.create(leaf % 2 == 0 ? 0L : 1L, leaf));
    }

    ConnectedComponents.Result result = ConnectedComponents.of(frame(edges), 64);

    assertThat(result.rounds()).isZero();
    assertThat(labels(result.components())).hasSize(41).containsEntry(40L, 0L).containsEntry(39L, 1L);
  }

  private static Dataset<Row> frame(List<Row> edges) {
    return LocalSpark.session().createDataFrame(edges, EDGES);
  }

  private static Map<Long, Long> labels(Dataset<Row> components) {
    return components.collectAsList().stream().collect(Collectors.toMap(r -> r.getLong(0), r -> r.getLong(1)));
  }
}
