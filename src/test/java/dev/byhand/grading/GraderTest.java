package dev.byhand.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.exact.Rational;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.submission.Answer;
import dev.byhand.submission.AnswerKey;
import dev.byhand.submission.Format;
import dev.byhand.submission.Location;
import dev.byhand.submission.Submission;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GraderTest {
  static final Rubric HANDOUT = new RubricLoader().load(Path.of("rubrics/rnn-by-hand.json"));
  static final String HANDOUT_TEXT = read(Path.of("rubrics/rnn-by-hand.json"));

  private static String read(Path path) {
    try {
      return java.nio.file.Files.readString(path);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private final Grader grader = new Grader(HANDOUT);

  /** A CSV-like submission: each row is a key followed by its values. */
  static Submission student(String id, String... rows) {
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      String[] cells = rows[i].split(",");
      String[] key = cells[0].split("\\.");
      answers.add(
          new Answer(
              new AnswerKey(key[0], key[1]),
              cells[0],
              Arrays.asList(cells).subList(1, cells.length),
              Location.ofLine(id + ".csv", i + 1)));
    }
    return new Submission(
        id, Path.of(id + ".csv"), Optional.of(Format.CSV), answers, List.of(), Optional.empty());
  }

  static final String[] CORRECT = {
    "q1.hidden,5,4,0", "q1.logits,21,8,9,20,13,12", "q2.prediction,BOS",
    "q3.hidden,57,8,36", "q3.logits,89,-92,29,184,181,-12", "q3.prediction,is"
  };

  private StudentResult grade(Submission submission) {
    return grader.grade(List.of(submission)).get(0);
  }

  static ItemResult item(StudentResult result, String key) {
    return result.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
  }

  @Nested
  class AFullyCorrectStudent {
    private final StudentResult result = grade(student("alice", CORRECT));

    @Test
    void getsEveryComputedItemCorrect() {
      assertThat(result.items())
          .filteredOn(i -> !i.key().equals("q0.diagram"))
          .extracting(ItemResult::status)
          .containsOnly(Status.CORRECT);
    }

    @Test
    void scoresAllComputedPoints_andLeavesTheDiagramToATa() {
      assertThat(result.score()).isEqualTo(Rational.of(14));
      assertThat(result.maxScore()).isEqualTo(Rational.of(16));
      assertThat(result.pendingPoints()).isEqualTo(Rational.of(2));
      assertThat(item(result, "q0.diagram").status()).isEqualTo(Status.MANUAL);
    }

    @Test
    void itemsComeInRubricOrder() {
      assertThat(result.items())
          .extracting(ItemResult::key)
          .containsExactly(
              "q0.diagram",
              "q1.hidden",
              "q1.logits",
              "q2.prediction",
              "q3.hidden",
              "q3.logits",
              "q3.prediction");
    }
  }

  @Nested
  class Vectors {
    @Test
    void numbersCompareByValue_notByHowTheyAreWritten() {
      StudentResult result = grade(student("farah", "q3.hidden,114/2,8.0,3.6e1"));
      assertThat(item(result, "q3.hidden").status()).isEqualTo(Status.CORRECT);
    }

    @Test
    void wrongEntries_areNamedByPosition_andTheRightOnesEarnTheirShare() {
      ItemResult logits = item(grade(student("hana", "q1.logits,21,8,9,20,14,12")), "q1.logits");
      assertThat(logits.status()).isEqualTo(Status.PARTIAL);
      assertThat(logits.points()).isEqualTo(Rational.of(5, 2));
      assertThat(logits.feedback()).startsWith("Entry 5 of the logits at step 1 differs");
      ItemText text = ItemText.of(HANDOUT);
      assertThat(text.expected(logits)).isEqualTo("[21, 8, 9, 20, 13, 12]");
      assertThat(text.given(logits)).isEqualTo("[21, 8, 9, 20, 14, 12]");
    }

    @Test
    void allOrNothingItems_earnNothingForAPartlyRightVector() {
      Rubric strict =
          new RubricLoader()
              .parse(
                  HANDOUT_TEXT.replace(
                      "\"credit\": \"per-entry\"", "\"credit\": \"all-or-nothing\""),
                  "strict.json");
      ItemResult logits =
          new Grader(strict)
              .grade(List.of(student("hana", "q1.logits,21,8,9,20,14,12")))
              .get(0)
              .items()
              .get(2);
      assertThat(logits.status()).isEqualTo(Status.INCORRECT);
      assertThat(logits.points()).isEqualTo(Rational.ZERO);
    }

    @Test
    void aVectorWithNoRightEntry_isIncorrect_evenPerEntry() {
      ItemResult hidden = item(grade(student("x", "q3.hidden,1,2,3")), "q3.hidden");
      assertThat(hidden.status()).isEqualTo(Status.INCORRECT);
      assertThat(hidden.points()).isEqualTo(Rational.ZERO);
    }

    @Test
    void severalWrongEntries_areListed() {
      ItemResult hidden = item(grade(student("x", "q3.hidden,57,9,37")), "q3.hidden");
      assertThat(hidden.feedback()).startsWith("Entries 2 and 3 of h2 differ");
    }

    @Test
    void aVectorOfTheWrongLength_saysHowManyNumbersAreExpected() {
      ItemResult logits = item(grade(student("jonas", "q3.logits,89,-92,29,184,181")), "q3.logits");
      assertThat(logits.status()).isEqualTo(Status.INCORRECT);
      assertThat(logits.feedback())
          .isEqualTo("Expected 6 numbers for the logits at step 2 (it is 1×6), found 5.");
    }

    @Test
    void aWordInAVector_isUnparseable_withItsPlace() {
      ItemResult hidden = item(grade(student("nadia", "q1.hidden,five,4,0")), "q1.hidden");
      assertThat(hidden.status()).isEqualTo(Status.UNPARSEABLE);
      assertThat(hidden.feedback())
          .contains("Entry 1 of q1.hidden (nadia.csv line 1)")
          .contains("five");
    }
  }

  @Nested
  class Predictions {
    @Test
    void aWordInAnyCase_orItsTokenId_isAccepted() {
      assertThat(item(grade(student("a", "q3.prediction,IS")), "q3.prediction").status())
          .isEqualTo(Status.CORRECT);
      assertThat(item(grade(student("b", "q3.prediction,3")), "q3.prediction").status())
          .isEqualTo(Status.CORRECT);
      assertThat(item(grade(student("c", "q3.prediction,'is'")), "q3.prediction").status())
          .isEqualTo(Status.CORRECT);
    }

    @Test
    void theSentencesNextWord_isNotTheModelsPrediction() {
      ItemResult prediction = item(grade(student("ivan", "q3.prediction,cat")), "q3.prediction");
      assertThat(prediction.status()).isEqualTo(Status.INCORRECT);
      ItemText text = ItemText.of(HANDOUT);
      assertThat(text.given(prediction)).isEqualTo("cat");
      assertThat(text.expected(prediction)).isEqualTo("is");
    }

    @Test
    void aBareQuestionId_answersAQuestionThatAsksForOneItem() {
      Submission bare =
          new Submission(
              "q",
              Path.of("q.csv"),
              Optional.of(Format.CSV),
              List.of(
                  new Answer(
                      new AnswerKey("q2", ""), "q2", List.of("BOS"), Location.ofLine("q.csv", 1)),
                  new Answer(
                      new AnswerKey("q1", ""),
                      "Q1",
                      List.of("5", "4", "0"),
                      Location.ofLine("q.csv", 2))),
              List.of(),
              Optional.empty());
      StudentResult result = grade(bare);
      assertThat(item(result, "q2.prediction").status()).isEqualTo(Status.CORRECT);
      // q1 asks for two items, so "Q1" alone says neither: not graded, and the file problem says
      // why.
      assertThat(item(result, "q1.hidden").status()).isEqualTo(Status.MISSING);
      assertThat(result.fileProblems())
          .singleElement()
          .asString()
          .contains(
              "\"Q1\" names a question but not which of its answers this is; q1 asks for q1.hidden,"
                  + " q1.logits");
    }

    @Test
    void aWordOutsideTheVocabulary_isUnparseable_andListsTheVocabulary() {
      ItemResult prediction = item(grade(student("d", "q2.prediction,dog")), "q2.prediction");
      assertThat(prediction.status()).isEqualTo(Status.UNPARSEABLE);
      assertThat(prediction.feedback()).contains("[BOS, the, cat, is, outside, EOS]");
    }
  }

  @Nested
  class AbsentAndAmbiguousAnswers {
    @Test
    void aQuestionLeftOut_isMissing_andSaysWhatToAdd() {
      ItemResult hidden = item(grade(student("kofi", "q1.hidden,5,4,0")), "q3.hidden");
      assertThat(hidden.status()).isEqualTo(Status.MISSING);
      assertThat(hidden.feedback()).contains("q3.hidden");
    }

    @Test
    void aKeyWithNoValues_isMissing() {
      assertThat(item(grade(student("e", "q1.hidden")), "q1.hidden").status())
          .isEqualTo(Status.MISSING);
    }

    @Test
    void twoDifferentAnswersForOneKey_areNotGuessedBetween() {
      ItemResult hidden =
          item(grade(student("f", "q1.hidden,5,4,0", "q1.hidden,5,4,1")), "q1.hidden");
      assertThat(hidden.status()).isEqualTo(Status.UNPARSEABLE);
      assertThat(hidden.feedback()).contains("f.csv line 1").contains("f.csv line 2");
    }

    @Test
    void theSameAnswerTwice_isFine() {
      assertThat(
              item(grade(student("g", "q1.hidden,5,4,0", "q1.hidden,5,4,0")), "q1.hidden").status())
          .isEqualTo(Status.CORRECT);
    }

    @Test
    void anUnreadableFile_makesEveryComputedItemUnparseable_withTheReason() {
      Submission png = Submission.unreadable("mateo", Path.of("mateo.csv"), "this is a PNG image");
      StudentResult result = grade(png);
      assertThat(result.items())
          .filteredOn(i -> !i.key().equals("q0.diagram"))
          .allSatisfy(
              i -> {
                assertThat(i.status()).isEqualTo(Status.UNPARSEABLE);
                assertThat(i.feedback()).contains("your file could not be read");
              });
      assertThat(result.fileProblems()).containsExactly("mateo.csv: this is a PNG image");
    }

    @Test
    void aKeyTheRubricDoesNotAsk_isAFileProblem_namingWhatIsAsked() {
      StudentResult result = grade(student("h", "q2.hidden,5,4,0"));
      assertThat(result.fileProblems())
          .singleElement()
          .asString()
          .contains("\"q2.hidden\" is not asked for")
          .contains("q2 asks for q2.prediction");
    }
  }

  @Nested
  class Placeholders {
    @Test
    void anAllZeroTemplateLine_earnsNoPerEntryCredit_andSaysItLooksUnfilled() {
      // The reference h1 is [5, 4, 0]: entry 3 would match, were zeros an answer.
      StudentResult result = grade(student("tom", "q1.hidden,0,0,0"));
      ItemResult hidden = item(result, "q1.hidden");
      assertThat(hidden.status()).isEqualTo(Status.INCORRECT);
      assertThat(hidden.points()).isEqualTo(Rational.ZERO);
      assertThat(hidden.feedback()).contains("looks like a template line left unfilled");
      assertThat(hidden.diagnosis()).isEmpty();
    }

    @Test
    void zerosWhereTheReferenceIsZero_areStillCorrect() {
      StudentResult result = grade(student("una", "q1.hidden,5,4,0", "q1.logits,0,0,0,0,0,0"));
      assertThat(item(result, "q1.hidden").status()).isEqualTo(Status.CORRECT);
      assertThat(item(result, "q1.logits").points()).isEqualTo(Rational.ZERO);
    }
  }

  @Nested
  class EachItemBehindItsOwnGuard {
    @Test
    void aJudgeThatReturnsNoVerdict_costsOnlyThatItem_whichGoesToATa() {
      Judge judge =
          (submission, item) ->
              submission.studentId().equals("bob") && item.spec().name().equals("logits")
                  ? null
                  : new ItemJudge(HANDOUT).judge(submission, item);
      List<StudentResult> results =
          new Grader(HANDOUT, judge)
              .grade(List.of(student("alice", CORRECT), student("bob", CORRECT)));
      assertThat(results.get(0).items())
          .filteredOn(i -> !i.item().manual())
          .allSatisfy(i -> assertThat(i.status()).isEqualTo(Status.CORRECT));
      StudentResult bob = results.get(1);
      assertThat(item(bob, "q1.hidden").status()).isEqualTo(Status.CORRECT);
      assertThat(item(bob, "q1.logits").status()).isEqualTo(Status.MANUAL);
      assertThat(item(bob, "q1.logits").feedback())
          .contains("NullPointerException")
          .contains("a TA will grade it");
    }

    @Test
    void aBlankStudentId_isGradedLikeAnyOther() {
      List<StudentResult> results =
          grader.grade(
              List.of(
                  student("alice", CORRECT),
                  student(" ", CORRECT),
                  student("carol", "q1.hidden,5,4,1")));
      assertThat(results)
          .extracting(StudentResult::studentId)
          .containsExactly("alice", " ", "carol");
      assertThat(results.get(1).items())
          .filteredOn(i -> !i.item().manual())
          .allSatisfy(i -> assertThat(i.status()).isEqualTo(Status.CORRECT));
      assertThat(item(results.get(2), "q1.hidden").status()).isEqualTo(Status.PARTIAL);
    }

    @Test
    void aCheckThatThrows_costsOnlyThatItem_whichGoesToATa() {
      Grader broken =
          new Grader(
              HANDOUT,
              (submission, item) -> {
                if (item.spec().name().equals("logits")) {
                  throw new IllegalStateException("boom");
                }
                return new ItemJudge(HANDOUT).judge(submission, item);
              });
      StudentResult result = broken.grade(List.of(student("alice", CORRECT))).get(0);
      assertThat(item(result, "q1.logits").status()).isEqualTo(Status.MANUAL);
      assertThat(item(result, "q1.logits").feedback()).contains("IllegalStateException: boom");
      assertThat(item(result, "q1.hidden").status()).isEqualTo(Status.CORRECT);
    }

    @Test
    void anErrorInOneCheck_costsOnlyThatItem_asAnExceptionDoes() {
      Grader broken =
          new Grader(
              HANDOUT,
              (submission, item) -> {
                if (submission.studentId().equals("bob") && item.spec().name().equals("logits")) {
                  throw new NoClassDefFoundError("judge invariant broken");
                }
                return new ItemJudge(HANDOUT).judge(submission, item);
              });
      List<StudentResult> results =
          broken.grade(List.of(student("alice", CORRECT), student("bob", CORRECT)));
      assertThat(item(results.get(1), "q1.hidden").status()).isEqualTo(Status.CORRECT);
      assertThat(item(results.get(1), "q1.logits").status()).isEqualTo(Status.MANUAL);
      assertThat(item(results.get(1), "q1.logits").feedback())
          .contains("NoClassDefFoundError: judge invariant broken");
      assertThat(item(results.get(1), "q2.prediction").status()).isEqualTo(Status.CORRECT);
      assertThat(item(results.get(1), "q3.logits").status()).isEqualTo(Status.MANUAL);
      assertThat(results.get(0).items())
          .filteredOn(i -> !i.item().manual())
          .allSatisfy(i -> assertThat(i.status()).isEqualTo(Status.CORRECT));
    }

    @Test
    void manyStudentsInOneCall_keepTheirOwnVerdicts() {
      List<Submission> many =
          IntStream.range(0, 300)
              .mapToObj(
                  i ->
                      i % 3 == 0
                          ? student("s" + i, "q1.hidden,5,4," + i)
                          : student("s" + i, CORRECT))
              .toList();
      List<StudentResult> results = grader.grade(many);
      assertThat(results).hasSize(300);
      for (int i = 0; i < 300; i++) {
        Status expected = i % 3 == 0 && i != 0 ? Status.PARTIAL : Status.CORRECT;
        assertThat(results.get(i).studentId()).isEqualTo("s" + i);
        assertThat(item(results.get(i), "q1.hidden").status()).isEqualTo(expected);
      }
    }
  }
}
