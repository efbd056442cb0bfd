package dev.byhand.grading;

import static dev.byhand.grading.GraderTest.student;
import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The student's own inputs: one rule for follow-through and for diagnosis. */
class OwnInputsTest {
  private static final Rubric RUBRIC =
      new RubricLoader()
          .parse(
              """
              {"id": "inputs", "title": "Own inputs",
               "model": {"values": {"x": [1, 2]}, "equations": ["a = x + 1", "b = 6 / a"]},
               "questions": [
                 {"id": "q1", "text": "a?", "items": [{"item": "a", "points": 1}]},
                 {"id": "q2", "text": "b?", "items": [{"item": "b", "points": 1}]}]}
              """,
              "inputs.json");
  private static final OwnInputs INPUTS = new OwnInputs(RUBRIC);
  private static final Node B = new Node("b", 0);

  private static StudentValues values(String... rows) {
    return new StudentValues(RUBRIC.items(), new AnswerReader(RUBRIC), student("s", rows));
  }

  private static Optional<Value> b(List<StudentValues.Own> used, String... rows) {
    return INPUTS.recompute(RUBRIC.network(), B, values(rows), used);
  }

  @Test
  void aWrongAnswerOfTheRightShape_isAnInput_andIsNamedAsUsed() {
    List<StudentValues.Own> used = new ArrayList<>();

    assertThat(b(used, "q1.a,3,4"))
        .hasValue(new Value.Vec(new Vector(List.of(Rational.of(2), Rational.of(3, 2)))));
    assertThat(used).extracting(StudentValues.Own::key).containsExactly("q1.a");
  }

  @Test
  void zeros_theReference_orAnotherShape_areNoInput_theReferenceIsUsedInstead() {
    Value reference = RUBRIC.network().reference().value(B);
    for (String written : List.of("q1.a,0,0", "q1.a,2,3", "q1.a,2,3,4")) {
      List<StudentValues.Own> used = new ArrayList<>();

      assertThat(b(used, written)).as(written).hasValue(reference);
      assertThat(used).as(written).isEmpty();
    }
  }

  @Test
  void answersTheEquationsCannotUse_giveNothing_ratherThanAFailure() {
    assertThat(b(new ArrayList<>(), "q1.a,0,3")).isEmpty();
  }

  @Test
  void onlyAskedQuantities_takeTheStudentsValues() {
    assertThat(INPUTS.isAsked(new Node("a", 0))).isTrue();
    assertThat(INPUTS.isAsked(new Node("x", 0))).isFalse();
  }
}
