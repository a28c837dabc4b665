package dev.golden.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Clusterer joins linked records and refuses chains through one weak link")
class ClustererTest {
  private final Clusterer clusterer = new Clusterer(3.0, -6.0);

  @Test
  void joinsRecordsLinkedDirectlyOrThroughOthers() {
    var pairs = new ScoredPairs(new int[] {0, 1, 3}, new int[] {1, 2, 4}, new double[] {10, 8, 5});

    Clustering clustering = clusterer.cluster(6, pairs);

    assertThat(clustering.clusterOf()).containsExactly(0, 0, 0, 3, 3, 5);
    assertThat(clustering.clusters()).isEqualTo(3);
  }

  @Test
  void pairsBelowTheMatchWeightAreNoLinks() {
    var pairs = new ScoredPairs(new int[] {0}, new int[] {1}, new double[] {2.9});

    assertThat(clusterer.cluster(2, pairs).clusters()).isEqualTo(2);
  }

  @Test
  void refusesToChainTwoCustomersThatAClearNonMatchSeparates() {
    // John (0) and Jane (2) Smith share a household; "J Smith" (1) links weakly to both.
    var pairs = new ScoredPairs(
        new int[] {0, 1, 0},
        new int[] {1, 2, 2},
        new double[] {12, 4, -9});

    Clustering clustering = clusterer.cluster(3, pairs);

    assertThat(clustering.clusterOf(0)).isEqualTo(clustering.clusterOf(1));
    assertThat(clustering.clusterOf(2)).isNotEqualTo(clustering.clusterOf(0));
    assertThat(clustering.refusedMerges()).isEqualTo(1);
  }

  @Test
  void aConflictOutweighedByLinksAcrossDoesNotSplitACustomer() {
    // Three strong links across the two groups and one badly typed record that scores low.
    var pairs = new ScoredPairs(
        new int[] {0, 2, 0, 1, 1},
        new int[] {1, 3, 2, 3, 2},
        new double[] {15, 14, 9, 9, -7});

    Clustering clustering = clusterer.cluster(4, pairs);

    assertThat(clustering.clusters()).isEqualTo(1);
  }

  @Test
  void linksAreTakenStrongestFirstSoTheWeakLinkIsTheOneRefused() {
    // Record 1 links weakly to 0 and strongly to 2; 0 and 2 are a clear non-match.
    var pairs = new ScoredPairs(new int[] {0, 1, 0}, new int[] {1, 2, 2}, new double[] {5, 20, -10});

    Clustering clustering = clusterer.cluster(3, pairs);

    assertThat(clustering.clusterOf(1)).isEqualTo(clustering.clusterOf(2));
    assertThat(clustering.clusterOf(0)).isNotEqualTo(clustering.clusterOf(1));
    assertThat(clustering.refusedMerges()).isEqualTo(1);
  }

  @Test
  void aPairBetweenTheConflictAndMatchWeightsIsNoConflict() {
    // 0-2 is unsure (-2), not a clear non-match: the chain 0-1-2 is allowed.
    var pairs = new ScoredPairs(new int[] {0, 1, 0}, new int[] {1, 2, 2}, new double[] {12, 4, -2});

    assertThat(clusterer.cluster(3, pairs).clusters()).isEqualTo(1);
  }

  @Test
  void clusterIdIsTheFirstRecordOfTheCluster() {
    var pairs = new ScoredPairs(new int[] {2, 4}, new int[] {4, 3}, new double[] {9, 9});

    assertThat(clusterer.cluster(5, pairs).clusterOf()).containsExactly(0, 1, 2, 2, 2);
  }

  @Test
  void conflictWeightAboveMatchWeightIsRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Clusterer(3, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equallyStrongLinksAreTakenInOrderOfTheirRecordsWhateverOrderThePairsCameIn() {
    // Links 0-1, 1-2 and 2-3 weigh the same; 0 and 3 are a clear non-match. Taken in record order,
    // {0,1,2} forms first and 3 is refused, however the pairs are listed (2-3 first would keep
    // {2,3} and refuse the bridge 1-2 instead).
    var listed = new ScoredPairs(new int[] {0, 2, 1, 0}, new int[] {1, 3, 2, 3}, new double[] {6, 6, 6, -9});
    var bridgeFirst = new ScoredPairs(new int[] {1, 0, 0, 2}, new int[] {2, 3, 1, 3}, new double[] {6, -9, 6, 6});

    Clustering fromListed = clusterer.cluster(4, listed);
    Clustering fromBridgeFirst = clusterer.cluster(4, bridgeFirst);

    assertThat(fromListed.clusterOf()).containsExactly(0, 0, 0, 3);
    assertThat(fromBridgeFirst.clusterOf()).containsExactly(0, 0, 0, 3);
  }
}
