package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reductions along an axis ({@code axis=0} one value per column, {@code axis=1} one per row) in two
 * exercises written as an instructor would: quiz statistics (mean, population variance, std,
 * totals, best quiz per student) and a Viterbi step with backpointers. Every command runs them end
 * to end without an internal error.
 */
class AxesRubricsTest {
  private static final Path FIXTURES = Path.of("src/test/resources/axes");
  private static final String QUIZ = FIXTURES.resolve("quiz-stats.json").toString();
  private static final String VITERBI = FIXTURES.resolve("viterbi-step.json").toString();

  @TempDir Path temp;

  /** Grades a fixture class; each student's items as {@code key → "status points"}. */
  private Map<String, Map<String, String>> grade(String rubric, String folder) throws IOException {
    return CliRun.gradeItems(
        rubric, FIXTURES.resolve(folder), temp.resolve("reports"), CliRun::statusAndPoints);
  }

  @Nested
  class QuizStatistics {
    @Test
    void reference_reducesDownTheColumnsAndAcrossTheRows() {
      CliRun run = CliRun.clean("reference", "--rubric", QUIZ);
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out())
          .contains("quiz_mean = [6, 8, 7]\n")
          .contains("quiz_var = [2, 1/2, 2]\n")
          .contains("quiz_std = [1.41421356237309504880168872420969807857, 0.70710678")
          .contains("total = [19, 20, 22, 23]\n")
          .contains("best_quiz = [1, 1, 0, 2]\n")
          .contains("hardest = 0\n")
          .contains("lowest = 4\n")
          .contains("spread = [4, 2, 4]\n");
    }

    @Test
    void template_asksForIndicesAlongAnAxisAsWholeNumbers() {
      CliRun run = CliRun.clean("template", "--rubric", QUIZ);
      assertThat(run.out())
          .contains("# q2.best_quiz: 4 whole numbers (indices counting from 0), best_quiz")
          .contains("# q1.quiz_mean: 3 numbers, quiz_mean")
          .contains("# q1.quiz_std: 3 numbers, quiz_std; round to 2 decimals");
    }

    @Test
    void grade_givesFullMarksToTheRightStatistics_andNoneToTheSampleVariance() throws IOException {
      Map<String, Map<String, String>> students = grade(QUIZ, "quiz-stats");
      assertThat(students.get("ivy").values()).allMatch(v -> v.startsWith("correct"));
      assertThat(students.get("jon"))
          .containsEntry("q1.quiz_mean", "correct 3")
          .containsEntry("q1.quiz_var", "incorrect 0")
          .containsEntry("q1.quiz_std", "incorrect 0")
          .containsEntry("q2.best_quiz", "incorrect 0")
          .containsEntry("q2.hardest", "correct 1");
    }

    @Test
    void check_readsEveryAnswer() {
      for (String file : new String[] {"ivy.csv", "jon.json"}) {
        CliRun run =
            CliRun.clean(
                "check", FIXTURES.resolve("quiz-stats").resolve(file).toString(), "--rubric", QUIZ);
        assertThat(run.exitCode()).as(run.out()).isZero();
      }
    }
  }

  @Nested
  class Variants {
    /** Scores 0 to 3 in rows of three tie for the best in four students of five, left to chance. */
    @Test
    void noDrawnStudentHasATieInAnAskedIndex() {
      String rubric = FIXTURES.resolve("quiz-variants.json").toString();
      for (int s = 0; s < 30; s++) {
        CliRun run =
            CliRun.clean(
                "reference", "--json", "--rubric", rubric, "--student", "s" + s + "@example.edu");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonObject reference = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonArray scores = reference.getAsJsonObject("values").getAsJsonArray("X");
        JsonArray best = reference.getAsJsonObject("quantities").getAsJsonArray("best");
        for (int row = 0; row < scores.size(); row++) {
          List<Integer> quizzes = new ArrayList<>();
          scores.get(row).getAsJsonArray().forEach(x -> quizzes.add(x.getAsInt()));
          int top = Collections.max(quizzes);
          assertThat(quizzes.stream().filter(x -> x == top))
              .as("student s%d row %d", s, row)
              .hasSize(1);
          assertThat(best.get(row).getAsInt()).isEqualTo(quizzes.indexOf(top));
        }
      }
    }
  }

  @Nested
  class AViterbiStepWithBackpointers {
    @Test
    void reference_takesTheBestAndTheSumOfEachColumn() {
      CliRun run = CliRun.clean("reference", "--json", "--rubric", VITERBI);
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out())
          .contains("\"delta2\": [\"27/1000\", \"27/500\", \"27/625\"]")
          .contains("\"back2\": [0, 0, 1]")
          .contains("\"alpha2\": [\"83/2500\", \"219/2500\", \"119/1250\"]")
          .contains("\"best2\": 1");
    }

    @Test
    void grade_followsThroughFromTheWrongAxis_toTheBestState() throws IOException {
      Map<String, Map<String, String>> students = grade(VITERBI, "viterbi-step");
      assertThat(students.get("lea").values()).allMatch(v -> v.startsWith("correct"));
      assertThat(students.get("max"))
          .containsEntry("q1.paths2", "correct 3")
          .containsEntry("q1.delta2", "incorrect 0")
          .containsEntry("q1.back2", "incorrect 0")
          .containsEntry("q1.best2", "followthrough 1");
    }

    @Test
    void handoutAnswerKey_showsTheBackpointersAsNumbers() throws IOException {
      Path handout = temp.resolve("viterbi.md");
      CliRun run =
          CliRun.clean(
              "handout",
              "--rubric",
              VITERBI,
              "--format",
              "md",
              "--answers",
              "-o",
              handout.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(Files.readString(temp.resolve("viterbi-answers.md")))
          .contains("delta2 = max(paths2, axis=0)")
          .contains("q1.best2 = 1");
    }
  }
}
