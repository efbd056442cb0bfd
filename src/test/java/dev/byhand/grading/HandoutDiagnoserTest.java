package dev.byhand.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricItem;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.submission.Answer;
import dev.byhand.submission.AnswerKey;
import dev.byhand.submission.Format;
import dev.byhand.submission.Location;
import dev.byhand.submission.Submission;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The handout's rule for its mistakes, on the handout's network: where each mutation is tried from
 * (the start of the sentence, the reference's or the student's own previous hidden state, the
 * student's own hidden state or logits), and what rules a way out.
 */
class HandoutDiagnoserTest {
  private static final Rubric HANDOUT =
      new RubricLoader().load(Path.of("rubrics/rnn-by-hand.json"));
  private static final ItemJudge JUDGE = new ItemJudge(HANDOUT);

  /** A hidden state no reference step has, as a student with an earlier slip would carry it. */
  private static final Vector OWN_HIDDEN = Vector.of(1, 0, 4);

  private static Optional<String> diagnosis(Map<String, Object> answers, String key) {
    RubricItem item =
        HANDOUT.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    return JUDGE.judge(submission(answers), item).diagnosis().map(Diagnosis::id);
  }

  private static Submission submission(Map<String, Object> answers) {
    List<Answer> list = new ArrayList<>();
    int line = 0;
    for (Map.Entry<String, Object> answer : answers.entrySet()) {
      String[] parts = answer.getKey().split("\\.");
      List<String> cells =
          answer.getValue() instanceof Vector v
              ? v.entries().stream().map(Rational::toString).toList()
              : List.of(answer.getValue().toString());
      list.add(
          new Answer(
              new AnswerKey(parts[0], parts[1]),
              answer.getKey(),
              cells,
              Location.ofLine("s.csv", ++line),
              answer.getKey(),
              List.of()));
    }
    return new Submission(
        "s", Path.of("s.csv"), Optional.of(Format.CSV), list, List.of(), Optional.empty());
  }

  private static Vector hidden(int step) {
    return ((Value.Vec) HANDOUT.network().reference().value(new Node("hidden", step))).value();
  }

  private static Matrix matrix(String name) {
    return ((Value.Mat) HANDOUT.network().values().get(name)).value();
  }

  private static Vector relu(Vector v) {
    return v.map(x -> x.signum() < 0 ? Rational.ZERO : x);
  }

  private static Vector input(int step) {
    return matrix("E").row(HANDOUT.sentence().get(step - 1)).times(matrix("U"));
  }

  private static Map<String, Object> answers(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @Nested
  class TheMistakes {
    @Test
    void areTheHandoutsIds_onDerivedOperators_inTheOrderTheyAreTried() {
      assertThat(HANDOUT.mistakes())
          .extracting(m -> m.mutation().id() + " " + m.mutation().operator())
          .containsExactly(
              "no-relu no-relu",
              "relu-logits extra-relu",
              "no-recurrence dropped-term",
              "transposed transposed",
              "embedding-row neighbour-row",
              "embedding-row neighbour-row",
              "preactivation-carried carried",
              "argmin argmin");
      assertThat(HANDOUT.mistakes())
          .allSatisfy(
              m -> assertThat(m.mutation().sentence()).hasSizeGreaterThan(30).endsWith("."));
      assertThat(HANDOUT.handout().orElseThrow().nextWord().id()).isEqualTo("next-word");
    }

    @Test
    void theRowBeforeTheFirstWord_isTheLastWordsRow() {
      Matrix e = matrix("E");
      Vector lastRow = relu(e.row(e.rowCount() - 1).times(matrix("U")));

      assertThat(diagnosis(answers("q1.hidden", lastRow), "q1.hidden")).hasValue("embedding-row");
    }
  }

  @Nested
  class FromTheStudentsOwnNumbers {
    @Test
    void reluOnTheLogits_isTriedOnTheStudentsOwnHiddenState() {
      Vector logits = relu(OWN_HIDDEN.times(matrix("V")));

      assertThat(diagnosis(answers("q1.hidden", OWN_HIDDEN, "q1.logits", logits), "q1.logits"))
          .hasValue("relu-logits");
    }

    @Test
    void aStepMistake_isTriedFromTheStudentsOwnPreviousHiddenState() {
      Vector transposed = relu(OWN_HIDDEN.times(matrix("W").transpose()).plus(input(2)));

      assertThat(diagnosis(answers("q1.hidden", OWN_HIDDEN, "q3.hidden", transposed), "q3.hidden"))
          .hasValue("transposed");
    }

    @Test
    void theRunFromTheStart_isRuledOutByAPreviousStateThatShowsOtherwise() {
      Vector pre1 = input(1);
      Vector noReluRun = pre1.times(matrix("W")).plus(input(2));

      assertThat(diagnosis(answers("q3.hidden", noReluRun), "q3.hidden")).hasValue("no-relu");
      // A right h1 rules that run out; carrying the pre-activation shows h1 after the ReLU and
      // gives the same numbers here.
      assertThat(diagnosis(answers("q1.hidden", hidden(1), "q3.hidden", noReluRun), "q3.hidden"))
          .hasValue("preactivation-carried");
    }

    @Test
    void argmin_isTakenOfTheStudentsOwnLogitsToo() {
      Vector ownLogits = Vector.of(3, 7, 2, 9, 9, -4);

      assertThat(
              diagnosis(answers("q3.logits", ownLogits, "q3.prediction", "EOS"), "q3.prediction"))
          .hasValue("argmin");
      assertThat(diagnosis(answers("q3.prediction", "EOS"), "q3.prediction")).isEmpty();
    }
  }
}
