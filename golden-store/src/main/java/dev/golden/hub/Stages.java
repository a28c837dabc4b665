package dev.golden.hub;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall time per stage of an import; a stage that runs more than once adds up. */
final class Stages {

    private final Map<String, Duration> durations = new LinkedHashMap<>();

    <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            durations.merge(stage, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
        }
    }

    void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    Map<String, Duration> durations() {
        return durations;
    }
}
