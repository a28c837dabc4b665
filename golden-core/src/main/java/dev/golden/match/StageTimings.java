package dev.golden.match;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Wall time of each stage of a run, in order. */
public final class StageTimings {
  /** One stage and how long it took. */
  public record Stage(String name, Duration duration) {}

  private final List<Stage> stages = new ArrayList<>();

  public <T> T time(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    stages.add(new Stage(stage, Duration.ofNanos(System.nanoTime() - start)));
    return result;
  }


  public List<Stage> stages() {
    return Collections.unmodifiableList(stages);
  }

  public Duration total() {
    return stages.stream().map(Stage::duration).reduce(Duration.ZERO, Duration::plus);
  }
}
