package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A grading run of a few hundred students killed with SIGKILL at seeded random moments: after every
 * kill each file in the reports folder is absent, its previous complete version, or its new
 * complete version; and a rerun completes and removes the hidden temporary files the kills left.
 */
class KilledRunIT {
  private static final Path JAR = Path.of("target/byhand.jar");
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
  private static final int STUDENTS = 300;
  private static final int KILLS = 6;

  @TempDir Path temp;

  @Test
  void everyOutputIsWholeAfterEachKill_andARerunCompletesAndCleansUp() throws Exception {
    Path first = classOf(temp.resolve("first"), 0);
    Path second = classOf(temp.resolve("second"), 1);
    // The two complete versions of every output, from runs left alone.
    long start = System.nanoTime();
    Map<String, String> before = snapshot(grade(first, temp.resolve("ref-first")));
    long fullRunMillis = (System.nanoTime() - start) / 1_000_000;
    Map<String, String> after = snapshot(grade(second, temp.resolve("ref-second")));
    assertThat(after).isNotEqualTo(before);

    Path reports = temp.resolve("reports");
    copy(temp.resolve("ref-first"), reports);
    Random random = new Random(20261125L);
    for (int kill = 0; kill < KILLS; kill++) {
      Map<String, String> previous = snapshot(reports);
      Process run = start(kill % 2 == 0 ? second : first, reports);
      Thread.sleep(200 + random.nextInt((int) Math.max(1, fullRunMillis)));
      run.destroyForcibly();
      assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
      Map<String, String> target = kill % 2 == 0 ? after : before;
      for (Map.Entry<String, String> file : snapshot(reports).entrySet()) {
        assertThat(file.getValue())
            .as("kill %d: %s", kill, file.getKey())
            .isIn(previous.get(file.getKey()), target.get(file.getKey()));
        assertWhole(file.getKey(), file.getValue());
      }
    }

    Process rerun = start(second, reports);
    assertThat(rerun.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(rerun.exitValue()).isZero();
    assertThat(snapshot(reports)).isEqualTo(after);
    try (Stream<Path> files = Files.list(reports)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  /** {@code STUDENTS} students, most right; {@code variant} changes a different third of them. */
  private static Path classOf(Path folder, int variant) throws IOException {
    return classOf(folder, variant, STUDENTS);
  }

  private static Path classOf(Path folder, int variant, int students) throws IOException {
    Files.createDirectories(folder);
    for (int i = 0; i < students; i++) {
      boolean slip = i % 3 == variant;
      Files.writeString(
          folder.resolve(String.format("student-%03d.csv", i)),
          """
          q1.hidden,5,4,%d
          q1.logits,21,8,9,20,13,12
          q2.prediction,BOS
          q3.hidden,57,8,36
          q3.logits,89,-92,29,184,181,-12
          q3.prediction,is
          """
              .formatted(slip ? 1 : 0));
    }
    return folder;
  }

  private Process start(Path submissions, Path reports) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                JAVA.toString(),
                "-jar",
                JAR.toString(),
                "grade",
                "--submissions",
                submissions.toString(),
                "--reports",
                reports.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    return builder.start();
  }

  private Path grade(Path submissions, Path reports) throws Exception {
    Process run = start(submissions, reports);
    assertThat(run.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(run.exitValue()).isZero();
    return reports;
  }

  /** Every visible output by name; hidden temporary files are not outputs. */
  private static Map<String, String> snapshot(Path folder) throws IOException {
    Map<String, String> files = new HashMap<>();
    if (!Files.isDirectory(folder)) {
      return files;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path file : entries.toList()) {
        String name = file.getFileName().toString();
        if (!name.startsWith(".")) {
          files.put(name, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }

  private static void assertWhole(String name, String content) throws IOException {
    if (name.endsWith(".html")) {
      assertThat(content.strip()).as(name).endsWith("</html>");
      // A page cut short still parses (Jsoup repairs it): its title and closing tag prove it whole.
      assertThat(Jsoup.parse(content).title()).as(name).isNotBlank();
    } else if (name.endsWith(".json")) {
      assertThat(JsonParser.parseString(content).getAsJsonObject().get("studentCount").getAsInt())
          .as(name)
          .isEqualTo(STUDENTS);
    } else if (name.endsWith(".csv")) {
      try (CSVParser csv = CSVParser.parse(content, CSVFormat.DEFAULT)) {
        assertThat(csv.getRecords()).as(name).hasSize(STUDENTS + 1);
      }
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }
}
