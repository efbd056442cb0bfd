package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  private final StringWriter err = new StringWriter();
  private final AtomicLong now = new AtomicLong();

  private ProgressBar bar(boolean terminal) {
    return new ProgressBar(new PrintWriter(err, true), terminal, now::get);
  }

  @Test
  void aQuickBatch_drawsNothing() {
    ProgressBar bar = bar(true);
    bar.start(3);
    for (int i = 0; i < 3; i++) {
      now.addAndGet(1_000_000L);
      bar.advance();
    }
    bar.finish();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aSlowBatch_drawsInPlace_andClearsItsLine() {
    ProgressBar bar = bar(true);
    bar.start(4);
    now.set(ProgressBar.DELAY_NANOS);
    bar.advance();
    now.addAndGet(ProgressBar.INTERVAL_NANOS / 2);
    bar.advance();
    now.addAndGet(ProgressBar.INTERVAL_NANOS);
    bar.advance();
    bar.advance();
    bar.finish();
    assertThat(err.toString())
        .startsWith("\r[#######")
        .contains("1/4 students")
        .doesNotContain("2/4")
        .contains("3/4 students")
        .contains("4/4 students")
        .endsWith("\r")
        .doesNotContain("\n");
  }

  @Test
  void withoutATerminal_nothingIsDrawn_howeverLongItTakes() {
    ProgressBar bar = bar(false);
    bar.start(2);
    now.set(10 * ProgressBar.DELAY_NANOS);
    bar.advance();
    bar.advance();
    bar.finish();
    assertThat(err.toString()).isEmpty();
  }
}
