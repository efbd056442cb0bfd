package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, deliverable 3: a retracted answer is never graded (a later note that corrects it
 * replaces it, as a TA takes the correction), and a line of working is no second answer. Each rule
 * is tried on a write-up made up for this test and on a near miss it must leave alone.
 */
class CorrectionsAndWorkingTest {
  private static Submission read(String name, String text) {
    return Fixtures.readForHandout(name, text);
  }

  private static List<String> judged(Submission submission) {
    return submission.answers().stream()
        .filter(a -> a.refusal().isEmpty())
        .map(a -> a.key() + "=" + a.values() + "@" + a.location().line().orElse(0))
        .toList();
  }

  @Test
  void aLaterEditGivingTheNewWord_replacesTheRetractedPrediction() {
    Submission read =
        read(
            "fen.txt",
            """
            3) next token: cat

            Edit: I mixed up two columns; for question 3 the prediction
            is "EOS" rather than cat.
            """);

    assertThat(judged(read)).containsExactly("q3.prediction=[EOS]@4");
  }

  @Test
  void aLaterEditNamingTheItemWithoutAValue_refusesIt_neverGradesTheRetractedAnswer() {
    Submission read =
        read(
            "gil.txt",
            """
            h2 = [9, 9, 9]

            EDIT: my hidden state for question 3 is wrong, I ran out of time to redo it.
            """);

    assertThat(judged(read)).isEmpty();
    assertThat(Fixtures.refused(read)).containsExactly("q3.hidden@3");
  }

  @Test
  void aNoteAboveTheAnswer_correctsNothing() {
    Submission read =
        read(
            "hal.txt",
            """
            Update: for question 3 the prediction is "EOS".
            3) next token: cat
            """);

    assertThat(judged(read)).contains("q3.prediction=[cat]@2");
  }

  @Test
  void aWorkingLineMultiplyingAVector_isNoSecondAnswer() {
    Submission read =
        read("ida.txt", "h2 = [9, 9, 9]\nFor h2 I did [3,1,7]·W = [2, 2, 2] first.\n");

    assertThat(judged(read)).containsExactly("q3.hidden=[9, 9, 9]@1");
  }

  @Test
  void aVectorInParenthesesAfterItsName_isStillAnAnswer() {
    Submission read = read("jo.txt", "h2 = (9, 9, 9) * this is my answer\n");

    assertThat(Fixtures.refused(read)).isEmpty();
    assertThat(judged(read)).hasSize(1);
  }

  @Test
  void theQuantitysFormulaBeforeItsValue_namesIt_asAProductOfAStepsValueDoesNot() {
    Submission read =
        read(
            "kai.txt",
            "Q1\nThe output is h·V = [6, 5, 4, 3, 2, 1].\nQ3\nh2·V = [1, 2, 3, 4, 5, 6]\n");

    assertThat(judged(read)).containsExactly("q1.logits=[6, 5, 4, 3, 2, 1]@2");
  }
}
