package dev.golden.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongConsumer;

/** One self-overwriting progress line on stderr, for large files or an interactive terminal. */
final class Progress implements LongConsumer {
  private static final long LARGE_FILE = 64L * 1024 * 1024;
  private static final long SHOW_ON_TERMINAL = 4L * 1024 * 1024;
  private static final int BAR = 30;

  private final PrintWriter err;
  private final long total;
  private final String label;
  private final boolean enabled;
  private long lastPrint;
  private boolean printed;

  Progress(PrintWriter err, long total, String label) {
    this.err = err;
    this.total = total;
    this.label = label;
    this.enabled = total >= LARGE_FILE || (System.console() != null && total >= SHOW_ON_TERMINAL);
  }

  boolean enabled() {
    return enabled;
  }

  @Override
  public void accept(long bytes) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (printed && now - lastPrint < 200_000_000L) {
      return;
    }
    lastPrint = now;
    printed = true;
    double ratio = total == 0 ? 1 : Math.min(1.0, (double) bytes / total);
    int filled = (int) Math.round(ratio * BAR);
    err.printf(Locale.ROOT, "\r%s [%s%s] %5.1f%%  %,d of %,d MB", label, "#".repeat(filled), " ".repeat(BAR - filled),
        ratio * 100, bytes >> 20, total >> 20);
    err.flush();
  }

  void clear() {
    if (printed) {
      err.print("\r" + " ".repeat(BAR + 50) + "\r");
      err.flush();
    }
  }
}
