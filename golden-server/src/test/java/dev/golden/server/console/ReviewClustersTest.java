package dev.golden.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.store.LinkKind;
import dev.golden.store.LinkStatus;
import dev.golden.store.LinkSubject;
import dev.golden.store.MatchLink;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Pairs awaiting review grouped into the clusters they would form")
class ReviewClustersTest {

  private static MatchLink pair(long id, long left, long right) {
    return new MatchLink(id, LinkSubject.CUSTOMER, left, right, LinkKind.POSSIBLY_SAME, LinkStatus.INFERRED,
        Optional.of(0.5), "model", Instant.EPOCH);
  }

  @Test
  @DisplayName("王伟–Wang Wei and Wang Wei–W. Wang form one cluster of three; an unrelated pair stays a pair")
  void chainsJoin() {
    MatchLink wangWei = pair(1, 10, 11);
    MatchLink other = pair(2, 30, 31);
    MatchLink wWang = pair(3, 11, 12);

    List<ReviewClusters.Cluster> clusters = ReviewClusters.of(List.of(wangWei, other, wWang));

    assertThat(clusters).hasSize(2);
    assertThat(clusters.get(0).customerIds()).containsExactly(10L, 11L, 12L);
    assertThat(clusters.get(0).pairs()).containsExactly(wangWei, wWang);
    assertThat(clusters.get(1).customerIds()).containsExactly(30L, 31L);
  }

  @Test
  @DisplayName("two groups joined by a later pair become one, in the order of the first pair")
  void laterPairJoinsTwoGroups() {
    List<MatchLink> pairs = List.of(pair(1, 1, 2), pair(2, 3, 4), pair(3, 5, 6), pair(4, 2, 3), pair(5, 6, 4));

    List<ReviewClusters.Cluster> clusters = ReviewClusters.of(pairs);

    assertThat(clusters).singleElement().satisfies(c -> {
      assertThat(c.customerIds()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
      assertThat(c.customerIds().get(0)).isEqualTo(1L);
      assertThat(c.pairs()).extracting(MatchLink::id).containsExactly(1L, 2L, 3L, 4L, 5L);
    });
  }

  @Test
  @DisplayName("no pairs, no clusters")
  void empty() {
    assertThat(ReviewClusters.of(List.of())).isEmpty();
  }
}
