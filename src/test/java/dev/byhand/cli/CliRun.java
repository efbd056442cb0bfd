package dev.byhand.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args);
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Grades {@code samples/<id>} with {@code rubrics/<id>.json} into {@code reports}; its
   * results.json.
   */
  static com.google.gson.JsonObject gradeSamples(String id, java.nio.file.Path reports)
      throws java.io.IOException {
    CliRun run =
        of(
            "grade",
            "--rubric",
            "rubrics/" + id + ".json",
            "--submissions",
            "samples/" + id,
            "--reports",
            reports.toString());
    org.assertj.core.api.Assertions.assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
    org.assertj.core.api.Assertions.assertThat(run.err()).doesNotContain("Exception");
    return com.google.gson.JsonParser.parseString(
            java.nio.file.Files.readString(reports.resolve("results.json")))
        .getAsJsonObject();
  }
}
