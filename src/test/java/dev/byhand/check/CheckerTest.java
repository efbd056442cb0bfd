package dev.byhand.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.Golden;
import dev.byhand.grading.Grader;
import dev.byhand.grading.ItemResult;
import dev.byhand.grading.Status;
import dev.byhand.grading.StudentResult;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.submission.Format;
import dev.byhand.submission.StudentSource;
import dev.byhand.submission.Submission;
import dev.byhand.submission.SubmissionFinder;
import dev.byhand.submission.SubmissionReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckerTest {
  private static final Rubric HANDOUT = CheckFixtures.handout();
  private final Checker checker = new Checker(HANDOUT);

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static ItemCheck item(FileCheck check, String key) {
    return check.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
  }

  @Nested
  class SameEngineAsGrading {
    /** What check calls missing or unreadable, grade calls missing or unparseable; nothing else. */
    private void assertAgrees(Rubric rubric, Path submissionsFolder) {
      SubmissionFinder finder = new SubmissionFinder();
      List<StudentSource> students = finder.find(submissionsFolder);
      List<Submission> submissions = new ArrayList<>();
      students.forEach(s -> submissions.add(finder.read(s, new SubmissionReader())));
      List<StudentResult> graded = new Grader(rubric).grade(submissions);
      Checker checks = new Checker(rubric);
      int compared = 0;
      for (int s = 0; s < students.size(); s++) {
        FileCheck check = checks.check(students.get(s).path());
        for (int i = 0; i < check.items().size(); i++) {
          ItemResult result = graded.get(s).items().get(i);
          ItemCheck item = check.items().get(i);
          assertThat(item.key()).isEqualTo(result.key());
          assertThat(stateFor(result.status()))
              .as(
                  "%s %s: grade says %s, check says %s",
                  students.get(s).studentId(), item.key(), result.status(), item.state())
              .isEqualTo(item.state() == ItemState.WRONG_SIZE ? ItemState.OK : item.state());
          compared++;
        }
      }
      assertThat(compared).isPositive();
    }

    private ItemState stateFor(Status status) {
      return switch (status) {
        case MISSING -> ItemState.MISSING;
        case UNPARSEABLE -> ItemState.UNREADABLE;
        case MANUAL -> ItemState.BY_TA;
        case CORRECT, PARTIAL, FOLLOWTHROUGH, INCORRECT -> ItemState.OK;
      };
    }

    @Test
    void theWholeSampleClass_isReadableToCheckExactlyWhereItIsReadableToGrade() {
      assertAgrees(HANDOUT, Path.of("submissions"));
    }

    @Test
    void awkwardPredictionsAndDuplicates_agreeToo() throws IOException {
      Path folder = Files.createDirectories(dir.resolve("class"));
      String[] predictions = {
        "'is'", "3.0", "is.", "7", "cat dog", "IS", "\u201cis\u201d", "-1", "three"
      };
      for (int i = 0; i < predictions.length; i++) {
        Files.writeString(
            folder.resolve("p" + i + ".csv"),
            "q2.prediction,"
                + predictions[i]
                + "\nq1.hidden,5,4,0\nq1.hidden,5,4,1\nq3.hidden,\"[57, 8, 36, ...]\"\n",
            StandardCharsets.UTF_8);
      }
      assertAgrees(HANDOUT, folder);
    }
  }

  @Nested
  class WhatTheStudentLearns {
    @Test
    void aWordInsideAVector_isUnreadableWithItsLineAndAFix() {
      FileCheck check = checker.check(Path.of("submissions/nadia.csv"));
      ItemCheck hidden = item(check, "q1.hidden");
      assertThat(hidden.state()).isEqualTo(ItemState.UNREADABLE);
      assertThat(hidden.where()).isEqualTo("line 1");
      assertThat(hidden.message())
          .contains("'five' is not a number")
          .contains("write digits, e.g. 5");
      assertThat(check.isComplete()).isFalse();
    }

    @Test
    void aVectorWithANumberLost_saysHowManyItHasAndHowManyAreExpected() {
      ItemCheck logits = item(checker.check(Path.of("submissions/jonas.csv")), "q3.logits");
      assertThat(logits.state()).isEqualTo(ItemState.WRONG_SIZE);
      assertThat(logits.where()).isEqualTo("line 6");
      assertThat(logits.message()).startsWith("q3.logits has 5 numbers, expected 6");
    }

    @Test
    void aMissingQuestion_isMissingWithWhatToWrite() {
      FileCheck check = checker.check(Path.of("submissions/kofi.csv"));
      assertThat(check.count(ItemState.MISSING)).isEqualTo(3);
      assertThat(item(check, "q3.hidden").message())
          .isEqualTo(
              "no answer: add q3.hidden with 3 numbers, the hidden state h2 after reading the");
    }

    @Test
    void aPicture_isUnreadableAsAWholeFile() {
      FileCheck check = checker.check(Path.of("submissions/mateo.csv"));
      assertThat(check.format()).isEmpty();
      assertThat(check.unreadable())
          .hasValueSatisfying(why -> assertThat(why).contains("PNG image"));
      assertThat(check.isComplete()).isFalse();
    }

    @Test
    void aStudentFolder_isCheckedThroughItsAnswersFile() {
      FileCheck check = checker.check(Path.of("submissions/chen-wei"));
      assertThat(check.fileName()).isEqualTo("answers.csv");
      assertThat(check.isComplete()).isTrue();
    }

    @Test
    void aMisspeltKey_getsADidYouMean_andItsItemIsRefusedQuotingTheLine_notMissing()
        throws IOException {
      FileCheck check =
          checker.check(
              write(
                  "typo.csv",
                  "q1.hidden,5,4,0\nq1.lgits,21,8,9,20,13,12\n"
                      + "q2.prediction,BOS\nq3.hidden,57,8,36\nq3.logits,89,-92,29,184,181,-12\nq3.prediction,is\n"));
      assertThat(check.notes())
          .containsExactly(
              "line 2: \"q1.lgits\" is not asked for in this assignment;"
                  + " did you mean q1.logits?; it will not be graded");
      // The values are there under a key byhand does not know: never "missing".
      assertThat(item(check, "q1.logits").state()).isEqualTo(ItemState.UNREADABLE);
      assertThat(item(check, "q1.logits").message()).contains("q1.lgits,21,8,9,20,13,12");
    }

    @Test
    void aMatrixWrittenOneRowALine_isOkAsGradingReadsIt_andAMissingRowIsNot() throws IOException {
      Checker mlp = new Checker(new RubricLoader().load(Path.of("rubrics/mlp-backprop.json")));
      String rows = "q4.dW1,1,2,3\nq4.dW1,4,5,6\nq4.dW1,7,8,9\n";
      assertThat(item(mlp.check(write("rows.csv", rows)), "q4.dW1").state())
          .isEqualTo(ItemState.OK);
      assertThat(item(mlp.check(write("short.csv", rows.substring(0, 26))), "q4.dW1").state())
          .isEqualTo(ItemState.WRONG_SIZE);
    }

    @Test
    void jsonAnswers_areLocatedByTheirPath() throws IOException {
      FileCheck check = checker.check(write("a.json", "{\"q1\": {\"hidden\": [5, \"four\", 0]}}"));
      assertThat(check.format()).contains(Format.JSON);
      assertThat(item(check, "q1.hidden").where()).isEqualTo("$.q1.hidden");
      assertThat(item(check, "q1.hidden").state()).isEqualTo(ItemState.UNREADABLE);
    }

    @Test
    void underTheFormatPolicy_nothingSaysWhetherAnAnswerIsRight() {
      FileCheck check = checker.check(Path.of("submissions/hana-lee.csv"));
      assertThat(check.correctnessShown()).isFalse();
      assertThat(check.items()).allSatisfy(i -> assertThat(i.graded()).isEmpty());
      String text = new CheckText(false).render(check, HANDOUT.title());
      // The student's own line is quoted back; the reference never is.
      assertThat(text).doesNotContain("Incorrect", "Partly", "21, 8, 9, 20, 13, 12");
      assertThat(check.isComplete()).isTrue();
    }

    @Test
    void underTheCorrectnessPolicy_eachAnswerCarriesGradingsVerdict() throws IOException {
      Rubric open = new RubricLoader().load(CheckFixtures.correctnessRubric(dir));
      FileCheck check = new Checker(open).check(Path.of("submissions/hana-lee.csv"));
      assertThat(check.correctnessShown()).isTrue();
      assertThat(item(check, "q1.logits").graded())
          .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(Status.PARTIAL));
      assertThat(item(check, "q1.hidden").graded())
          .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(Status.CORRECT));
      assertThat(new CheckText(false).render(check, open.title())).contains("5 of 6 are right.");
    }
  }

  @Nested
  class Templates {
    private final AnswerTemplate template = new AnswerTemplate(HANDOUT);

    @ParameterizedTest
    @ValueSource(strings = {"CSV", "JSON"})
    void aBlankTemplate_isIncomplete_everyAnswerMissingAndNoneUnreadable(Format format)
        throws IOException {
      Path file =
          write(
              "answers." + format.name().toLowerCase(java.util.Locale.ROOT),
              template.render(format, "byhand check answers"));
      FileCheck check = checker.check(file);
      assertThat(check.unreadable()).isEmpty();
      assertThat(check.notes()).isEmpty();
      assertThat(check.count(ItemState.MISSING)).isEqualTo(6);
      assertThat(check.count(ItemState.UNREADABLE)).isZero();
      assertThat(check.isComplete()).isFalse();
    }

    @Test
    void aFilledTemplate_checksClean_andGradesFullMarks() throws IOException {
      Path file =
          write("answers.csv", CheckFixtures.filledCsv(HANDOUT, template.render(Format.CSV, "x")));
      FileCheck check = checker.check(file);
      assertThat(check.isComplete()).isTrue();
      assertThat(check.notes()).isEmpty();
      StudentResult graded =
          new Grader(HANDOUT).grade(List.of(new SubmissionReader().read("s", file))).get(0);
      assertThat(graded.score()).isEqualTo(graded.maxScore().subtract(graded.pendingPoints()));
      assertThat(graded.fileProblems()).isEmpty();
    }

    @Test
    void theCsvTemplate_matchesItsGoldenFile() throws IOException {
      Golden.assertMatches(
          "check/template.csv",
          template.render(
              Format.CSV, "java -jar byhand.jar check answers.csv --rubric rnn-by-hand.json"));
    }

    @Test
    void theJsonTemplate_matchesItsGoldenFile() throws IOException {
      Golden.assertMatches(
          "check/template.json",
          template.render(
              Format.JSON, "java -jar byhand.jar check answers.json --rubric rnn-by-hand.json"));
    }
  }

  @Nested
  class Suggestions {
    private final List<String> keys = List.of("q1.hidden", "q1.logits", "q3.logits");

    @Test
    void aNearKey_isSuggested_preferringOneNotYetAnswered() {
      assertThat(
              dev.byhand.submission.NearestKey.of("q2.logits", keys, java.util.Set.of("q1.logits")))
          .contains("q3.logits");
      assertThat(dev.byhand.submission.NearestKey.of("q1.hiden", keys, java.util.Set.of()))
          .contains("q1.hidden");
    }

    @Test
    void aFarKey_getsNoGuess() {
      assertThat(dev.byhand.submission.NearestKey.of("q9.weights", keys, java.util.Set.of()))
          .isEmpty();
    }
  }
}
