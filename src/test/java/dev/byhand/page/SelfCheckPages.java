package dev.byhand.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/** The self-check page of a rubric, written by {@code byhand template --format html}. */
final class SelfCheckPages {
  private SelfCheckPages() {}

  /** Writes the page of {@code rubric} to {@code page}, failing the test if the command fails. */
  static Path write(Path rubric, Path page) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err),
            "template",
            "--rubric",
            rubric.toString(),
            "--format",
            "html",
            "-o",
            page.toString());
    assertThat(code).as(err.toString()).isZero();
    return page;
  }
}
