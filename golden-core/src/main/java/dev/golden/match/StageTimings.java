package dev.golden.match;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** Wall time and process CPU time of each stage of a run, in order. */
public final class StageTimings {
  /**
   * One stage and how long it took.
   *
   * @param cpu CPU time of the whole process over the stage (all threads, GC and JIT included):
   *     on a shared machine it says what the stage cost, where wall time says how long it waited too
   */
  public record Stage(String name, Duration duration, Duration cpu) {}

  private final List<Stage> stages = new ArrayList<>();
  private final LongSupplier cpuNanos;

  public StageTimings() {
    this(StageTimings::processCpuNanos);
  }

  /** @param cpuNanos a monotonic reading of CPU time in nanoseconds */
  public StageTimings(LongSupplier cpuNanos) {
    this.cpuNanos = cpuNanos;
  }

  public <T> T time(String stage, Supplier<T> work) {
    long cpuStart = cpuNanos.getAsLong();
    long start = System.nanoTime();
    T result = work.get();
    long wall = System.nanoTime() - start;
    stages.add(new Stage(stage, Duration.ofNanos(wall), Duration.ofNanos(cpuNanos.getAsLong() - cpuStart)));
    return result;
  }

  public List<Stage> stages() {
    return Collections.unmodifiableList(stages);
  }

  public Duration total() {
    return stages.stream().map(Stage::duration).reduce(Duration.ZERO, Duration::plus);
  }

  /** The process's CPU time, or 0 where the JVM cannot tell (then every stage reads 0). */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? Math.max(0, os.getProcessCpuTime())
        : 0;
  }
}
