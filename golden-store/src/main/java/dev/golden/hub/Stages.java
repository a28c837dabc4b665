package dev.golden.hub;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Wall time and process CPU time (all threads, so a stage's helpers and the database count too
 * when it runs in the process) per stage of an import; a stage that runs more than once adds up.
 * CPU time compares runs on a shared machine better than wall time does.
 */
final class Stages {

    private final Map<String, Duration> durations = new LinkedHashMap<>();
    private final Map<String, Duration> cpu = new LinkedHashMap<>();

    <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        try {
            return work.get();
        } finally {
            durations.merge(stage, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
            cpu.merge(stage, Duration.ofNanos(Math.max(0, processCpuNanos() - cpuStart)), Duration::plus);
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

    Map<String, Duration> cpu() {
        return cpu;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
