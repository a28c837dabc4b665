package dev.golden.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of the PostgreSQL processes on this machine, from Linux's /proc: what a benchmark
 * against a local server spends beside its own process. Counts the time of backends that have
 * exited too (their parent's children time), so a difference over a run includes the
 * connections closed during it. Other clients of the same server count as well; 0 off Linux.
 */
final class PostgresProcesses {

    /** Kernel clock ticks per second on Linux (USER_HZ). */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private PostgresProcesses() {
    }

    static long cpuNanos() {
        long ticks = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                ticks += ticksOf(process);
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return ticks * NANOS_PER_TICK;
    }

    /** utime + stime + cutime + cstime of a postgres process, 0 for any other or one that just ended. */
    private static long ticksOf(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            if (open < 0 || close < open || !stat.substring(open + 1, close).startsWith("postgres")) {
                return 0;
            }
            // After the command: state (field 3) first, so utime (field 14) is at index 11.
            String[] fields = stat.substring(close + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
