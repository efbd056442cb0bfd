package dev.byhand.grading;

import static dev.byhand.grading.GraderTest.CORRECT;
import static dev.byhand.grading.GraderTest.HANDOUT;
import static dev.byhand.grading.GraderTest.HANDOUT_TEXT;
import static dev.byhand.grading.GraderTest.item;
import static dev.byhand.grading.GraderTest.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.byhand.exact.Rational;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.submission.Submission;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grading the way a careful TA does: follow-through along the recurrence, misconceptions recognised
 * by their numbers, and argmax ties. The mistaken values were computed independently (numpy) from
 * the handout's matrices.
 */
class CarefulTaTest {
  private static StudentResult grade(Rubric rubric, Submission submission) {
    return new Grader(rubric).grade(List.of(submission)).get(0);
  }

  private static StudentResult grade(String... rows) {
    return grade(HANDOUT, student("s", rows));
  }

  private static Optional<String> diagnosis(StudentResult result, String key) {
    return item(result, key).diagnosis().map(Diagnosis::id);
  }

  /** The correct answers with some rows replaced (matched by key). */
  private static String[] correctExcept(String... replacements) {
    List<String> rows = new ArrayList<>(List.of(CORRECT));
    for (String replacement : replacements) {
      String key = replacement.split(",")[0];
      rows.replaceAll(row -> row.startsWith(key + ",") ? replacement : row);
    }
    return rows.toArray(String[]::new);
  }

  @Nested
  class FollowThrough {
    /** One slip in h1 (entry 2), every later answer computed correctly from it. */
    private final StudentResult slip =
        grade(
            "q1.hidden,5,3,0",
            "q1.logits,17,6,8,15,11,9",
            "q2.prediction,BOS",
            // From h1 = [5, 3, 0]: h2 = [53, 7, 32], logits [81, -82, 28, 163, 163, -11] (is and
            // outside tie).
            "q3.hidden,53,7,32",
            "q3.logits,81,-82,28,163,163,-11",
            "q3.prediction,outside");

    @Test
    void theSlipItself_isPartial() {
      assertThat(item(slip, "q1.hidden").status()).isEqualTo(Status.PARTIAL);
      assertThat(item(slip, "q1.hidden").points()).isEqualTo(Rational.of(2));
    }

    @Test
    void everythingComputedFromIt_isFollowThrough_withFullCredit() {
      for (String key : List.of("q1.logits", "q3.hidden", "q3.logits", "q3.prediction")) {
        ItemResult item = item(slip, key);
        assertThat(item.status()).as(key).isEqualTo(Status.FOLLOWTHROUGH);
        assertThat(item.points()).as(key).isEqualTo(item.maxPoints());
        assertThat(item.diagnosis()).as(key).isEmpty();
      }
    }

    @Test
    void theFeedbackNamesTheAnswerItWasCheckedAgainst() {
      ItemResult logits = item(slip, "q1.logits");
      assertThat(logits.checkedAgainst())
          .extracting(StudentValues.Own::key, StudentValues.Own::node)
          .containsExactly(tuple("q1.hidden", new Node("hidden", 1)));
      assertThat(ItemText.of(HANDOUT).checkedAgainst(logits)).contains("q1.hidden = [5, 3, 0]");
      assertThat(logits.feedback())
          .isEqualTo(
              "Correct for your q1.hidden = [5, 3, 0]; the error is in q1.hidden, not here.");
    }

    @Test
    void aRightPredictionStaysCorrect_evenAfterAWrongLogit() {
      assertThat(item(slip, "q2.prediction").status()).isEqualTo(Status.CORRECT);
    }

    @Test
    void theRubricSetsTheFollowThroughCredit() {
      Rubric half =
          new RubricLoader()
              .parse(
                  HANDOUT_TEXT.replace(
                      "{\"item\": \"prediction\", \"points\": 1",
                      "{\"item\": \"prediction\", \"points\": 1, \"followThroughCredit\": \"1/2\""),
                  "half.json");
      StudentResult result =
          grade(half, student("s", "q3.logits,81,-82,28,163,190,-11", "q3.prediction,outside"));
      assertThat(item(result, "q3.prediction").status()).isEqualTo(Status.FOLLOWTHROUGH);
      assertThat(item(result, "q3.prediction").points()).isEqualTo(Rational.of(1, 2));
    }

    @Test
    void anItemWhoseInputIsMissing_isJudgedAgainstTheReferenceOnly() {
      StudentResult result = grade("q1.logits,17,6,8,15,11,9");
      assertThat(item(result, "q1.logits").status()).isEqualTo(Status.INCORRECT);
      assertThat(item(result, "q1.logits").checkedAgainst()).isEmpty();
    }

    @Test
    void aWrongItemWhoseInputIsUnreadable_isRefused_forItMayFollowFromThatInput() {
      // [17, 6, 8, 15, 11, 9] is what h1 = [5, 3, 0] gives: the unread "three" may be a 3.
      StudentResult result = grade("q1.hidden,5,three,0", "q1.logits,17,6,8,15,11,9");
      assertThat(item(result, "q1.hidden").status()).isEqualTo(Status.UNPARSEABLE);
      assertThat(item(result, "q1.logits").status()).isEqualTo(Status.UNPARSEABLE);
      assertThat(item(result, "q1.logits").feedback())
          .contains("may follow from your q1.hidden, which byhand could not read");
      assertThat(item(result, "q1.logits").reading().source()).isPresent();
    }

    @Test
    void aRightItemWhoseInputIsUnreadable_isStillRight() {
      StudentResult result = grade("q1.hidden,5,three,0", "q1.logits,21,8,9,20,13,12");
      assertThat(item(result, "q1.logits").status()).isEqualTo(Status.CORRECT);
    }

    @Test
    void partialCredit_isCountedAgainstTheStudentsOwnInputs_whenThatIsKinder() {
      // From h1 = [5, 3, 0] the logits are [17, 6, 8, 15, 11, 9]; one slip in entry 6.
      ItemResult logits = item(grade("q1.hidden,5,3,0", "q1.logits,17,6,8,15,11,10"), "q1.logits");
      assertThat(logits.status()).isEqualTo(Status.PARTIAL);
      assertThat(logits.points()).isEqualTo(Rational.of(5, 2));
      assertThat(logits.feedback())
          .startsWith("Entry 6 of the logits at step 1 differs from what your q1.hidden");
    }

    @Test
    void aWrongInputRow_carriesThroughThePreActivationAndTheHiddenState() {
      Rubric detailed =
          new RubricLoader()
              .parse(
                  HANDOUT_TEXT.replaceFirst(
                      java.util.regex.Pattern.quote(
                          "{\"item\": \"hidden\", \"points\": 3, \"credit\": \"per-entry\""),
                      "{\"item\": \"input\", \"points\": 1}, {\"item\": \"preactivation\", \"points\": 3},"
                          + " {\"item\": \"hidden\", \"points\": 3, \"credit\": \"per-entry\""),
                  "detailed.json");
      assertThat(detailed.question("q1").orElseThrow().items()).hasSize(4);
      // Row 2 of E instead of row 1: the pre-activation and h1 are right for it.
      StudentResult result =
          grade(
              detailed,
              student("s", "q1.input,2,-1,3,5", "q1.preactivation,31,19,15", "q1.hidden,31,19,15"));
      assertThat(item(result, "q1.input").status()).isEqualTo(Status.INCORRECT);
      assertThat(item(result, "q1.preactivation").status()).isEqualTo(Status.FOLLOWTHROUGH);
      assertThat(item(result, "q1.hidden").status()).isEqualTo(Status.FOLLOWTHROUGH);
      assertThat(item(result, "q1.hidden").feedback())
          .endsWith("the error is in q1.input, not here.");
    }

    @Test
    void placeholderZeros_earnNoFollowThrough() {
      StudentResult zeros =
          grade(
              "q1.hidden,0,0,0",
              "q1.logits,0,0,0,0,0,0",
              "q2.prediction,EOS",
              "q3.hidden,0,0,0",
              "q3.logits,0,0,0,0,0,0",
              "q3.prediction,EOS");
      assertThat(zeros.items()).noneMatch(i -> i.status() == Status.FOLLOWTHROUGH);
      assertThat(zeros.items()).allSatisfy(i -> assertThat(i.diagnosis()).isEmpty());
      // q1.hidden's third entry (0) matches the reference, but a template's zeros earn nothing.
      assertThat(zeros.score()).isEqualTo(Rational.ZERO);
      assertThat(item(zeros, "q1.hidden").feedback()).contains("template line left unfilled");
    }

    @Test
    void logitsThatTieForEveryToken_predictNothing_soNoFollowThrough() {
      StudentResult result = grade("q3.logits,7,7,7,7,7,7", "q3.prediction,EOS");
      assertThat(item(result, "q3.prediction").status()).isEqualTo(Status.INCORRECT);
    }

    @Test
    void aChainOfFollowThrough_blamesTheFirstWrongAnswer_notAnEarlierFollowThrough() {
      ItemResult prediction = item(slip, "q3.prediction");
      assertThat(prediction.checkedAgainst())
          .extracting(StudentValues.Own::key)
          .containsExactly("q3.logits");
      assertThat(prediction.feedback()).endsWith("the error is in q1.hidden, not here.");
    }

    @Test
    void aTemplatesEmptyLineAboveTheFilledInOne_isNotASecondAnswer() {
      StudentResult result = grade("q1.hidden", "q1.hidden,5,4,0");
      assertThat(item(result, "q1.hidden").status()).isEqualTo(Status.CORRECT);
    }

    @Test
    void aPredictionFromTheStudentsOwnTiedLogits_acceptsAnyTiedToken() {
      StudentResult result = grade("q3.logits,100,0,0,100,0,0", "q3.prediction,BOS");
      assertThat(item(result, "q3.prediction").status()).isEqualTo(Status.FOLLOWTHROUGH);
    }
  }

  @Nested
  class Misconceptions {
    @Test
    void noRelu_isDiagnosedOnTheHiddenState_andTheLogitsFromItFollowThrough() {
      StudentResult result =
          grade(correctExcept("q1.hidden,5,4,-1", "q1.logits,21,11,10,16,10,13"));
      assertThat(diagnosis(result, "q1.hidden")).contains("no-relu");
      assertThat(item(result, "q1.logits").status()).isEqualTo(Status.FOLLOWTHROUGH);
      assertThat(diagnosis(result, "q1.logits")).isEmpty();
    }

    @Test
    void noRelu_isRecognisedFromTheStartOfTheSentence_whenTheHiddenStateWasNotGiven() {
      StudentResult result = grade("q1.logits,21,11,10,16,10,13");
      assertThat(diagnosis(result, "q1.logits")).contains("no-relu");
    }

    @Test
    void reluLogits_isDiagnosed() {
      assertThat(diagnosis(grade(correctExcept("q3.logits,89,0,29,184,181,0")), "q3.logits"))
          .contains("relu-logits");
    }

    @Test
    void noRecurrence_isDiagnosed() {
      StudentResult result =
          grade(correctExcept("q3.hidden,31,19,15", "q3.logits,107,-7,35,155,114,42"));
      assertThat(diagnosis(result, "q3.hidden")).contains("no-recurrence");
      assertThat(item(result, "q3.logits").status()).isEqualTo(Status.FOLLOWTHROUGH);
    }

    @Test
    void transposedW_isDiagnosed() {
      assertThat(diagnosis(grade(correctExcept("q3.hidden,29,43,2")), "q3.hidden"))
          .contains("transposed");
    }

    @Test
    void idsCountedFromOne_isDiagnosedAsTheWrongEmbeddingRow() {
      assertThat(diagnosis(grade(correctExcept("q1.hidden,31,19,15")), "q1.hidden"))
          .contains("embedding-row");
    }

    @Test
    void carryingThePreActivation_isDiagnosed_whenH1WasWrittenAfterTheRelu() {
      StudentResult result = grade(correctExcept("q3.hidden,62,5,34"));
      assertThat(diagnosis(result, "q3.hidden")).contains("preactivation-carried");
    }

    @Test
    void theSentencesNextWord_isDiagnosed() {
      ItemResult prediction = item(grade(correctExcept("q3.prediction,cat")), "q3.prediction");
      assertThat(prediction.diagnosis().map(Diagnosis::id)).contains("next-word");
      assertThat(prediction.feedback()).contains("next word of the sentence");
    }

    @Test
    void theSmallestLogit_isDiagnosedAsArgmin() {
      assertThat(diagnosis(grade(correctExcept("q3.prediction,the")), "q3.prediction"))
          .contains("argmin");
    }

    @Test
    void theRunnerUpToken_afterRightLogits_isNotBlamedOnAMistakeInComputingThem() {
      ItemResult prediction = item(grade(correctExcept("q3.prediction,outside")), "q3.prediction");
      assertThat(prediction.status()).isEqualTo(Status.INCORRECT);
      assertThat(prediction.diagnosis()).isEmpty();
    }

    @Test
    void aCorrectStudent_neverGetsADiagnosis() {
      assertThat(grade(CORRECT).items()).allSatisfy(i -> assertThat(i.diagnosis()).isEmpty());
    }

    static Stream<Long> seeds() {
      return IntStream.range(0, 40).mapToObj(i -> 0x7A11L + i);
    }

    /**
     * A wrong answer that no mistake produces gets no diagnosis: random slips, seeded to replay.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRandomSlip_isNotMistakenForAKnownMisconception(long seed) {
      Random random = new Random(seed);
      int[] h2 = {57, 8, 36};
      h2[random.nextInt(3)] += 1 + random.nextInt(5);
      StudentResult result = grade(correctExcept("q3.hidden," + h2[0] + "," + h2[1] + "," + h2[2]));
      assertThat(item(result, "q3.hidden").status()).isEqualTo(Status.PARTIAL);
      assertThat(diagnosis(result, "q3.hidden")).isEmpty();
    }
  }

  @Nested
  class Ties {
    /**
     * The handout with V's column 5 made equal to column 1, so BOS and outside tie after BOS (21).
     */
    private final String tiedText =
        HANDOUT_TEXT
            .replace("[1,  0,  1, 0, 1,  0],", "[1,  0,  1, 0, 1,  0],")
            .replace("[4,  2,  1, 5, 2,  3],", "[4,  2,  1, 5, 4,  3],")
            .replace("[0, -3, -1, 4, 3, -1]", "[0, -3, -1, 4, 0, -1]");

    @Test
    void anyTiedTokenIsAccepted_byDefault_andTheFeedbackSaysThereWasATie() {
      Rubric tied = new RubricLoader().parse(tiedText, "tied.json");
      assertThat(((Value.Token) tied.network().reference().value(new Node("prediction", 1))).ids())
          .containsExactly(0, 4);
      ItemResult prediction =
          item(grade(tied, student("s", "q2.prediction,outside")), "q2.prediction");
      assertThat(prediction.status()).isEqualTo(Status.CORRECT);
      assertThat(prediction.feedback()).contains("shared by BOS or outside");
    }

    @Test
    void withTheFirstPolicy_onlyTheLowestIdIsAccepted() {
      Rubric first =
          new RubricLoader()
              .parse(
                  tiedText.replace("\"sentence\":", "\"ties\": \"first\", \"sentence\":"),
                  "first.json");
      assertThat(
              item(grade(first, student("s", "q2.prediction,outside")), "q2.prediction").status())
          .isEqualTo(Status.INCORRECT);
      assertThat(item(grade(first, student("s", "q2.prediction,BOS")), "q2.prediction").status())
          .isEqualTo(Status.CORRECT);
    }
  }

  /** Mistakes in a rubric with inexact functions are recognised within the item's tolerance. */
  @Nested
  class InexactMistakes {
    private final Rubric attention = new RubricLoader().load(Path.of("rubrics/attention.json"));

    /**
     * Scores divided by dk = 4 instead of its square root, rounded to 2 decimals; the weights and
     * the context computed correctly from them (numbers worked out by hand).
     */
    private final StudentResult forgotSqrt =
        grade(
            attention,
            student(
                "s",
                "q1.scores,0.25,0.75,1.00",
                "q2.weights,0.21,0.35,0.44",
                "q3.context,0.86,1.14"));

    @Test
    void aForgottenSquareRoot_isNamedWhereItWasMade() {
      assertThat(diagnosis(forgotSqrt, "q1.scores")).contains("no-sqrt");
      assertThat(item(forgotSqrt, "q1.scores").feedback()).contains("without sqrt");
    }

    @Test
    void aMistakeGivingAnInexactNumber_isNamedWithinTheItemsTolerance() {
      // The loss without its log: 21 + (1 + e^-13 + e^-12 + e^-1 + e^-8 + e^-9) - 8 = 14.36835 to 5
      // decimals, written to 3; an exact comparison with the mistake's value would never match.
      Rubric crossEntropy = new RubricLoader().load(Path.of("rubrics/cross-entropy.json"));
      StudentResult noLog = grade(crossEntropy, student("s", "q3.loss,14.368"));
      assertThat(diagnosis(noLog, "q3.loss")).contains("no-log");
    }

    @Test
    void whatFollowsFromTheMistakenScores_isFollowThrough() {
      assertThat(item(forgotSqrt, "q2.weights").status()).isEqualTo(Status.FOLLOWTHROUGH);
      assertThat(item(forgotSqrt, "q3.context").status()).isEqualTo(Status.FOLLOWTHROUGH);
    }
  }
}
