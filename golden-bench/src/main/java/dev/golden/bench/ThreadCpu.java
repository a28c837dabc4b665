package dev.golden.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * CPU time of this process's JIT compiler threads and of its garbage collector and VM threads,
 * which no Java API reports: read from Linux's {@code /proc/self/task/<tid>/stat} by thread name.
 * Lets a benchmark tell a server's own work from the JVM's warm-up and housekeeping. Empty where
 * there is no {@code /proc}.
 */
final class ThreadCpu {

  /**
   * CPU nanoseconds of the JIT compilers, of the collector and VM threads, and of every group of
   * threads by name (digits dropped, so a pool's threads count together; Linux keeps 15 characters).
   */
  record Jvm(long jitNanos, long gcNanos, Map<String, Long> byGroup) {
    Jvm minus(Jvm before) {
      Map<String, Long> groups = new TreeMap<>(byGroup);
      before.byGroup.forEach((group, nanos) -> groups.merge(group, -nanos, Long::sum));
      return new Jvm(jitNanos - before.jitNanos, gcNanos - before.gcNanos, groups);
    }
  }

  /** Linux counts CPU time in clock ticks of 10 ms (USER_HZ is 100 on every common architecture). */
  private static final long NANOS_PER_TICK = 10_000_000L;
  private static final Path TASKS = Path.of("/proc/self/task");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private ThreadCpu() {}

  static Optional<Jvm> jvm() {
    if (!Files.isDirectory(TASKS)) {
      return Optional.empty();
    }
    long jit = 0;
    long gc = 0;
    Map<String, Long> groups = new TreeMap<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
      for (Path task : tasks) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"));
        } catch (IOException ended) {
          continue; // the thread ended meanwhile
        }
        // pid (name) state ... : the name may hold spaces, the fields after it are counted from its ')'.
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long nanos = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
        if (name.contains("CompilerThre")) {
          jit += nanos;
        } else if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
          gc += nanos;
        }
        groups.merge(DIGITS.matcher(name).replaceAll("#"), nanos, Long::sum);
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(new Jvm(jit, gc, groups));
  }
}
