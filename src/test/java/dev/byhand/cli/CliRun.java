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

  /** A run that must not end in, or print, an internal error. */
  static CliRun clean(String... args) {
    CliRun run = of(args);
    for (String printed : java.util.List.of(run.err(), run.out())) {
      org.assertj.core.api.Assertions.assertThat(printed)
          .doesNotContain("internal error")
          .doesNotContain("Exception");
    }
    return run;
  }

  /**
   * Grades {@code submissions} with {@code rubric} into {@code reports} (exit 0, no internal
   * error); each student's items by key, each as {@code item} describes it from results.json.
   */
  static java.util.Map<String, java.util.Map<String, String>> gradeItems(
      String rubric,
      java.nio.file.Path submissions,
      java.nio.file.Path reports,
      java.util.function.Function<com.google.gson.JsonObject, String> item)
      throws java.io.IOException {
    CliRun run =
        clean(
            "grade",
            "--rubric",
            rubric,
            "--submissions",
            submissions.toString(),
            "--reports",
            reports.toString());
    org.assertj.core.api.Assertions.assertThat(run.exitCode()).as(run.err()).isZero();
    com.google.gson.JsonObject results =
        com.google.gson.JsonParser.parseString(
                java.nio.file.Files.readString(reports.resolve("results.json")))
            .getAsJsonObject();
    java.util.Map<String, java.util.Map<String, String>> students = new java.util.LinkedHashMap<>();
    for (com.google.gson.JsonElement student : results.getAsJsonArray("students")) {
      java.util.Map<String, String> items = new java.util.LinkedHashMap<>();
      for (com.google.gson.JsonElement each : student.getAsJsonObject().getAsJsonArray("items")) {
        com.google.gson.JsonObject object = each.getAsJsonObject();
        items.put(object.get("key").getAsString(), item.apply(object));
      }
      students.put(student.getAsJsonObject().get("id").getAsString(), items);
    }
    return students;
  }

  /** {@code "status points"}: what most end-to-end tests compare. */
  static String statusAndPoints(com.google.gson.JsonObject item) {
    return item.get("status").getAsString() + " " + item.get("points").getAsString();
  }
}
