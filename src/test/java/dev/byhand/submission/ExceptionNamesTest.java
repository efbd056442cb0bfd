package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.util.ConcurrentModificationException;
import org.junit.jupiter.api.Test;

class ExceptionNamesTest {
  private static final class Nested extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void anExceptionIsNamedAsItsSimpleClassName() {
    for (Throwable failure :
        new Throwable[] {
          new IllegalStateException(),
          new ConcurrentModificationException(),
          new UncheckedIOException(new java.io.IOException()),
          new Nested(),
          new StackOverflowError()
        }) {
      assertThat(ExceptionNames.of(failure)).isEqualTo(failure.getClass().getSimpleName());
    }
  }
}
