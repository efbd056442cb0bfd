package dev.byhand.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar for a terminal, redrawn in place with a carriage return. It stays silent
 * for a batch that finishes within {@link #DELAY_NANOS} (a small class should not flicker), draws
 * at most every {@link #INTERVAL_NANOS}, and clears its line when done. A disabled bar draws
 * nothing: the CLI enables it only when standard error is a terminal, so logs and tests never see
 * it.
 */
final class ProgressBar {
  static final long DELAY_NANOS = 500_000_000L;
  static final long INTERVAL_NANOS = 100_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private final LongSupplier clock;
  private long started;
  private long lastDrawn;
  private int total;
  private int done;
  private boolean drawn;

  ProgressBar(PrintWriter err, boolean enabled, LongSupplier clock) {
    this.err = err;
    this.enabled = enabled;
    this.clock = clock;
  }

  /** A bar that never draws. */
  static ProgressBar disabled() {
    return new ProgressBar(new PrintWriter(java.io.Writer.nullWriter()), false, () -> 0L);
  }

  void start(int total) {
    this.total = total;
    this.started = clock.getAsLong();
  }

  /** One more student done. */
  void advance() {
    done++;
    if (!enabled || total == 0) {
      return;
    }
    long now = clock.getAsLong();
    if (now - started >= DELAY_NANOS
        && (!drawn || now - lastDrawn >= INTERVAL_NANOS || done == total)) {
      lastDrawn = now;
      draw();
    }
  }

  private void draw() {
    int filled = (int) ((long) WIDTH * done / total);
    err.print(
        "\r["
            + "#".repeat(filled)
            + " ".repeat(WIDTH - filled)
            + "] "
            + done
            + "/"
            + total
            + " students");
    err.flush();
    drawn = true;
  }

  /** Clears the bar's line so the summary starts on a clean line. */
  void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
      err.flush();
    }
  }
}
