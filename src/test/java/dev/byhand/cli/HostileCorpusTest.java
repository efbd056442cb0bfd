package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the hostile corpus ({@code src/test/resources/hostile/}, expectations in its {@code
 * manifest.json}) graded as a one-student class through the real command line, then checked with
 * {@code check}: the verdict of every item, the sentence the student gets, and that nothing a
 * student wrote, nor anything from the grading machine, reaches an output raw.
 */
class HostileCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/hostile");
  private static final List<String> COMPUTED =
      List.of("q1.hidden", "q1.logits", "q2.prediction", "q3.hidden", "q3.logits", "q3.prediction");

  /** Student markup and machine content that must never appear verbatim in any output. */
  private static final List<String> NEVER_RAW =
      List.of(
          "<script>alert", "<img src=x", "<b>5</b>", "\u001b", "\u202e", "\u0007", "root:x:0:0");

  @TempDir Path temp;

  static Stream<Named<JsonObject>> corpus() throws IOException {
    JsonArray manifest =
        JsonParser.parseString(Files.readString(CORPUS.resolve("manifest.json"))).getAsJsonArray();
    List<Named<JsonObject>> entries = new ArrayList<>();
    for (JsonElement element : manifest) {
      JsonObject entry = element.getAsJsonObject();
      String name =
          entry.has("name") ? entry.get("name").getAsString() : entry.get("file").getAsString();
      entries.add(Named.of(name, entry));
    }
    return entries.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void gradedAsAOneStudentClass_everyItemGetsItsVerdictAndTheStudentASentence(JsonObject entry)
      throws IOException {
    Path submissions = Files.createDirectories(temp.resolve("submissions"));
    Path submitted = lay(entry, submissions);
    Path reports = temp.resolve("reports");

    CliRun run =
        CliRun.of(
            "grade",
            "--rubric",
            "rubrics/rnn-by-hand.json",
            "--submissions",
            submissions.toString(),
            "--reports",
            reports.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    JsonObject results =
        JsonParser.parseString(Files.readString(reports.resolve("results.json"))).getAsJsonObject();
    assertThat(results.get("studentCount").getAsInt()).isEqualTo(1);
    JsonObject student = results.getAsJsonArray("students").get(0).getAsJsonObject();
    if (entry.has("id")) {
      assertThat(student.get("id").getAsString()).isEqualTo(entry.get("id").getAsString());
    }
    assertThat(verdicts(student)).isEqualTo(expected(entry));
    if (entry.has("message")) {
      assertThat(sentences(student)).contains(entry.get("message").getAsString());
    }
    assertNothingRaw(reports);
    assertGradebookHasNoFormula(reports.resolve("grades.csv"));
    if (Files.isRegularFile(submitted) && !Files.isSymbolicLink(submitted)) {
      checkAgreesItIsSafe(submitted);
    }
  }

  /**
   * Puts the entry into the submissions folder as the manifest says; returns what the student
   * handed in.
   */
  static Path lay(JsonObject entry, Path submissions) throws IOException {
    String layout = entry.has("layout") ? entry.get("layout").getAsString() : "file";
    Path source = entry.has("file") ? CORPUS.resolve(entry.get("file").getAsString()) : null;
    String as =
        entry.has("as")
            ? entry.get("as").getAsString()
            : source == null ? "" : source.getFileName().toString();
    switch (layout) {
      case "symlink" -> {
        return Files.createSymbolicLink(
            submissions.resolve(as), Path.of(entry.get("target").getAsString()));
      }
      case "folder" -> {
        copyTree(source, submissions.resolve(as));
        return submissions.resolve(as);
      }
      case "flat" -> {
        copyTree(source, submissions);
        return submissions;
      }
      case "folder-of" -> {
        Path folder = Files.createDirectories(submissions.resolve(as));
        return Files.copy(source, folder.resolve("answers.csv"));
      }
      default -> {
        Path file = Files.copy(source, submissions.resolve(as));
        if (entry.has("append")) {
          append(file, entry.getAsJsonObject("append"));
        }
        return file;
      }
    }
  }

  /** Grows a file the corpus keeps small: {@code times} copies of {@code text} at its end. */
  private static void append(Path file, JsonObject append) throws IOException {
    String text = append.get("text").getAsString();
    try (Writer out =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND)) {
      for (int i = 0; i < append.get("times").getAsInt(); i++) {
        out.write(text);
      }
      out.write("\n");
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static Map<String, String> expected(JsonObject entry) {
    String all = entry.has("all") ? entry.get("all").getAsString() : "correct";
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("q0.diagram", "manual");
    for (String key : COMPUTED) {
      JsonObject items = entry.has("items") ? entry.getAsJsonObject("items") : new JsonObject();
      expected.put(key, items.has(key) ? items.get(key).getAsString() : all);
    }
    return expected;
  }

  private static Map<String, String> verdicts(JsonObject student) {
    Map<String, String> verdicts = new LinkedHashMap<>();
    for (JsonElement item : student.getAsJsonArray("items")) {
      verdicts.put(
          item.getAsJsonObject().get("key").getAsString(),
          item.getAsJsonObject().get("status").getAsString());
    }
    return verdicts;
  }

  private static String sentences(JsonObject student) {
    StringBuilder all = new StringBuilder();
    student.getAsJsonArray("problems").forEach(p -> all.append(p.getAsString()).append('\n'));
    student
        .getAsJsonArray("items")
        .forEach(i -> all.append(i.getAsJsonObject().get("feedback").getAsString()).append('\n'));
    return all.toString();
  }

  /**
   * Every output parses completely, and none holds student markup, control characters or
   * /etc/passwd.
   */
  private static void assertNothingRaw(Path reports) throws IOException {
    try (Stream<Path> files = Files.list(reports)) {
      for (Path file : files.toList()) {
        assertThat(file.getFileName().toString())
            .as("no temporary file left")
            .doesNotEndWith(".tmp");
        String text = Files.readString(file);
        for (String raw : NEVER_RAW) {
          assertThat(text)
              .as(file.getFileName() + " must not hold " + raw.codePointAt(0))
              .doesNotContain(raw);
        }
        if (file.toString().endsWith(".html")) {
          Document page = Jsoup.parse(text);
          assertThat(page.select("[onerror], [onload]"))
              .as(file.getFileName().toString())
              .isEmpty();
          assertThat(text.strip()).endsWith("</html>");
        }
      }
    }
  }

  private static void assertGradebookHasNoFormula(Path grades) throws IOException {
    try (CSVParser csv = CSVParser.parse(grades, StandardCharsets.UTF_8, CSVFormat.DEFAULT)) {
      for (CSVRecord row : csv) {
        for (String cell : row) {
          if (!cell.isEmpty() && !cell.matches("-?\\d+(\\.\\d+)?")) {
            assertThat("=+-@\t\r").as("cell " + cell).doesNotContain(cell.substring(0, 1));
          }
        }
      }
    }
  }

  /**
   * The self-check reads the same file without crashing and prints nothing a terminal would act on.
   */
  private static void checkAgreesItIsSafe(Path file) {
    CliRun check = CliRun.of("check", file.toString(), "--rubric", "rubrics/rnn-by-hand.json");
    assertThat(check.exitCode()).as(check.err()).isIn(0, 1);
    assertThat(check.err()).doesNotContain("Exception").doesNotContain("\tat ");
    // Plain text for a terminal: markup is harmless there, escape sequences and bidi controls are
    // not.
    assertThat(check.out()).doesNotContain("\u001b", "\u202e", "\u0007", "root:x:0:0");
  }
}
