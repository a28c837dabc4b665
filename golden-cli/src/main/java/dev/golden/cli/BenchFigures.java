package dev.golden.cli;

import dev.golden.evaluate.PairwiseScore;
import dev.golden.match.StageTimings;
import java.time.Duration;
import java.util.List;

/**
 * What one size of {@code golden bench} measured. Generation is timed apart and never part of the
 * total; the re-scoring measurement runs after the pipeline and is not part of it either.
 *
 * @param stages wall time of each pipeline stage, in order
 * @param pipelineCpu process CPU time (all threads, GC and JIT included) over the pipeline
 * @param compareStage the stage that computes comparison patterns of the candidate pairs
 * @param rescore wall time of computing pattern and weight of every candidate pair again
 * @param rescoreCpu process CPU time of that
 */
record BenchFigures(
    int records,
    int people,
    Duration generation,
    List<StageTimings.Stage> stages,
    Duration pipelineCpu,
    long candidatePairs,
    int blockingRules,
    int comparisons,
    StageTimings.Stage compareStage,
    Duration rescore,
    Duration rescoreCpu,
    int cores,
    long peakHeapBytes,
    PairwiseScore accuracy) {

  Duration total() {
    return stages.stream().map(StageTimings.Stage::duration).reduce(Duration.ZERO, Duration::plus);
  }

  double recordsPerSecond() {
    return records / seconds(total());
  }

  /** Comparisons of candidate pairs per second and core in the pipeline's compare stage. */
  double compareStagePerCore() {
    return (double) candidatePairs * comparisons / (seconds(compareStage.duration()) * cores);
  }

  /** Comparisons per second and core when only the candidate pairs are compared and weighed. */
  double rescorePerCore() {
    return (double) candidatePairs * comparisons / (seconds(rescore) * cores);
  }

  /** Cores busy on average: CPU time over wall time. */
  double coresBusy(Duration cpu, Duration wall) {
    return seconds(cpu) / seconds(wall);
  }

  static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }
}
