package dev.byhand.grading;

import dev.byhand.Golden;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricItem;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.variants.StudentRubrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The handout's verdicts, pinned: seeded students of every handout rubric (and of handout networks
 * with square matrices, the identity activation and tied logits) each make one of the handout's
 * classic mistakes, slips, prediction mistakes or placeholders, and every item's status, points and
 * diagnosis must stay what they were when the handout had its own hand-written catalogue. {@code
 * -Dbyhand.oracle.out=FILE -Dbyhand.oracle.students=N} writes the full verdicts (feedback included)
 * of N students per rubric for a differential comparison.
 */
class HandoutVerdictsTest {
  private static final List<String> RUBRICS =
      List.of(
          "rubrics/rnn-by-hand.json",
          "rubrics/rnn-by-hand-full.json",
          "rubrics/rnn-by-hand-equations.json",
          "rubrics/rnn-by-hand-variants.json",
          "src/test/resources/handout-oracle/square.json",
          "src/test/resources/handout-oracle/identity.json",
          "src/test/resources/handout-oracle/ties.json");

  @Test
  void seededHandoutStudents_keepTheirVerdicts() throws IOException {
    StringBuilder compact = new StringBuilder();
    Map<String, String> explanations = new TreeMap<>();
    for (String path : RUBRICS) {
      verdicts(path, 80, false, compact, explanations);
    }
    explanations.forEach((id, text) -> compact.append(id).append(" = ").append(text).append('\n'));
    Golden.assertMatches("handout-verdicts.txt", compact.toString());
  }

  /** Not a check: writes the verdicts for a differential comparison, only when asked. */
  @Test
  @EnabledIfSystemProperty(named = "byhand.oracle.out", matches = ".+")
  void fullOracle_isWrittenWhenAsked() throws IOException {
    String out = System.getProperty("byhand.oracle.out");
    int students = Integer.getInteger("byhand.oracle.students", 1000);
    StringBuilder full = new StringBuilder();
    for (String path : RUBRICS) {
      verdicts(path, students, true, full, new TreeMap<>());
    }
    Files.writeString(Path.of(out), full.toString(), StandardCharsets.UTF_8);
  }

  private static void verdicts(
      String path,
      int students,
      boolean full,
      StringBuilder out,
      Map<String, String> explanations) {
    Rubric base = new RubricLoader().load(Path.of(path));
    HandoutStudents generator = new HandoutStudents(base, path.hashCode());
    Map<String, ItemJudge> judges = new TreeMap<>();
    for (int s = 0; s < students; s++) {
      String key = base.variants().isPresent() ? "student-" + (s % 16) : "";
      Rubric rubric = key.isEmpty() ? base : StudentRubrics.forStudent(base, key);
      ItemJudge judge = judges.computeIfAbsent(key, k -> new ItemJudge(rubric));
      HandoutStudents.Student student =
          (key.isEmpty() ? generator : new HandoutStudents(rubric, path.hashCode() + s))
              .next("s" + s);
      StringBuilder line = new StringBuilder(base.id() + "#" + s);
      if (full) {
        line.append(" [").append(student.how()).append("]\n");
      }
      for (RubricItem item : rubric.items()) {
        if (item.manual()) {
          continue;
        }
        ItemResult result = judge.judge(student.submission(), item);
        Optional<Diagnosis> diagnosis = result.diagnosis();
        diagnosis.ifPresent(d -> explanations.put(d.id(), d.explanation()));
        if (full) {
          line.append("  ")
              .append(item.key())
              .append(' ')
              .append(result.status())
              .append(' ')
              .append(result.points())
              .append(' ')
              .append(diagnosis.map(d -> d.id() + " \"" + d.explanation() + "\"").orElse("-"))
              .append(" | ")
              .append(result.feedback().replace('\n', ' '))
              .append('\n');
        } else {
          line.append(' ')
              .append(item.key())
              .append('=')
              .append(result.status().name().charAt(0))
              .append(result.status().name().charAt(1))
              .append(':')
              .append(result.points())
              .append(diagnosis.map(d -> ":" + d.id()).orElse(""));
        }
      }
      out.append(line).append(full ? "" : "\n");
    }
  }
}
