package dev.golden.cli;

import static dev.golden.cli.BenchFigures.seconds;

import dev.golden.evaluate.PairwiseScore;
import dev.golden.match.ModelTrainer;
import dev.golden.match.StageTimings;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints what {@code golden bench} measured: the machine, each size, and how figures grow. */
final class BenchReport {
  private static final double MB = 1 << 20;

  private final PrintWriter out;

  BenchReport(PrintWriter out) {
    this.out = out;
  }

  void machine(int cores, long maxHeapBytes, String jvm, double loadAverage) {
    line("machine", "%d cores, max heap %,.0f MB, %s", cores, maxHeapBytes / MB, jvm);
    if (loadAverage >= 0) {
      // Other processes on the same cores slow every figure below: say so.
      line("load average", "%.2f over the last minute, before the run", loadAverage);
    }
    out.flush();
  }

  void size(BenchFigures f) {
    out.println();
    out.printf(Locale.ROOT, "== %,d records (%,d customers; generated in %.1f s, not counted) ==%n",
        f.records(), f.people(), seconds(f.generation()));
    for (StageTimings.Stage stage : f.stages()) {
      out.printf(Locale.ROOT, "  %-24s %8.2f s  %5.1f%%   cpu %7.2f s%n", stage.name(), seconds(stage.duration()),
          100 * seconds(stage.duration()) / seconds(f.total()), seconds(stage.cpu()));
    }
    out.printf(Locale.ROOT, "  %-24s %8.2f s%n", "total", seconds(f.total()));
    line("records/second", "%,.0f", f.recordsPerSecond());
    line("cpu", "%.2f of %d cores busy on average (process CPU time / wall time)",
        f.coresBusy(f.pipelineCpu(), f.total()), f.cores());
    line("candidate pairs", "%,d from %d blocking rules, %,.1f per record, %d comparisons per pair",
        f.candidatePairs(), f.blockingRules(), (double) f.candidatePairs() / f.records(), f.comparisons());
    line("compare stage", "%,.0f comparisons/s per core = %,d pairs x %d comparisons / (%.2f s x %d cores);",
        f.compareStagePerCore(), f.candidatePairs(), f.comparisons(), seconds(f.compareStage().duration()), f.cores());
    line("", "a lower bound: '%s' also compares up to %,d random pairs for u, and runs EM",
        f.compareStage().name(), ModelTrainer.Options.defaults().randomPairs());
    line("scoring alone", "%,.0f comparisons/s per core, %,.0f pairs/s: pattern + weight of every candidate",
        f.rescorePerCore(), f.candidatePairs() / seconds(f.rescore()));
    line("", "pair again in %.2f s on %d threads (%.2f cores busy), not part of the total",
        seconds(f.rescore()), f.cores(), f.coresBusy(f.rescoreCpu(), f.rescore()));
    line("peak heap used", "%,.0f MB (heap used before the fullest collection, garbage included)", f.peakHeapBytes() / MB);
    PairwiseScore a = f.accuracy();
    line("accuracy", "precision %.4f  recall %.4f  F1 %.4f  (%,d true pairs, %,d predicted)",
        a.precision(), a.recall(), a.f1(), a.truePairs(), a.predictedPairs());
    out.flush();
  }

  /** One row per size, and the growth of each figure from the first size to the last. */
  void growth(List<BenchFigures> sizes) {
    if (sizes.size() < 2) {
      return;
    }
    out.println();
    out.printf(Locale.ROOT, "%12s %10s %10s %14s %12s %14s %10s %8s%n", "records", "total s", "records/s",
        "candidate pairs", "compare s", "cmp/s/core", "heap MB", "F1");
    for (BenchFigures f : sizes) {
      out.printf(Locale.ROOT, "%,12d %10.2f %,10.0f %,14d %12.2f %,14.0f %,10.0f %8.4f%n", f.records(),
          seconds(f.total()), f.recordsPerSecond(), f.candidatePairs(), seconds(f.compareStage().duration()),
          f.compareStagePerCore(), f.peakHeapBytes() / MB, f.accuracy().f1());
    }
    BenchFigures first = sizes.get(0);
    BenchFigures last = sizes.get(sizes.size() - 1);
    double records = (double) last.records() / first.records();
    out.printf(Locale.ROOT, "%.1fx the records: %.1fx the time, %.1fx the candidate pairs, %.1fx the peak heap%n",
        records, seconds(last.total()) / seconds(first.total()), (double) last.candidatePairs() / first.candidatePairs(),
        (double) last.peakHeapBytes() / first.peakHeapBytes());
    for (StageTimings.Stage stage : last.stages()) {
      first.stages().stream().filter(s -> s.name().equals(stage.name())).findFirst().ifPresent(before ->
          out.printf(Locale.ROOT, "  %-24s %.1fx%n", stage.name(), seconds(stage.duration()) / seconds(before.duration())));
    }
    out.flush();
  }

  private void line(String label, String format, Object... args) {
    out.printf(Locale.ROOT, "%-18s %s%n", label, String.format(Locale.ROOT, format, args));
  }
}
