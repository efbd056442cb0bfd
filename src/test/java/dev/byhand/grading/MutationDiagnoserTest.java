package dev.byhand.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.network.Mutant;
import dev.byhand.network.Network;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.submission.SubmissionReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MutationDiagnoserTest {
  /** Every asked item answered with what the mistaken network computes, as a CSV file. */
  private static String answersOf(Rubric rubric, Network mistaken) {
    List<String> rows = new ArrayList<>();
    for (Question question : rubric.questions()) {
      for (ItemSpec item : question.items()) {
        if (item.manual()) {
          continue;
        }
        Value value = mistaken.reference().value(new Node(item.name(), question.position()));
        String cells =
            value instanceof Value.Token token
                ? rubric.vocabulary().word(token.first())
                : value.entries().stream().map(Object::toString).collect(Collectors.joining(","));
        rows.add(question.key(item) + "," + cells);
      }
    }
    return String.join("\n", rows) + "\n";
  }

  /** A student who makes {@code mistake} throughout, every asked item answered, graded. */
  private static StudentResult gradedMaking(Rubric rubric, String mistake) {
    Mutant made =
        rubric.mistakes().stream()
            .filter(m -> m.mutation().id().equals(mistake))
            .findFirst()
            .orElseThrow();
    byte[] csv = answersOf(rubric, made.network()).getBytes(StandardCharsets.UTF_8);
    StudentResult result =
        new Grader(rubric)
            .grade(new SubmissionReader(RubricKeys.of(rubric)).readContents(Path.of("s.csv"), csv));
    return result;
  }

  /**
   * A student who makes one mistake at every step gets it named at every step, even where another
   * mistake also explains a later step's numbers (before, {@code carried:high} at step 3 was called
   * {@code dropped-term:low_{t-1}@W1}, rubric order's first fit).
   */
  @ParameterizedTest
  @CsvSource({
    "stacked-rnn, carried:high",
    "stacked-rnn, wrong-step:low",
    "stacked-rnn, dropped-term:low_t@U2",
    "jordan-rnn, neighbour-row:E+1"
  })
  void aMistakeMadeAtEveryStep_isNamedTheSameAtEveryStep(String rubricId, String mistake) {
    Rubric rubric = new RubricLoader().load(Path.of("rubrics/" + rubricId + ".json"));
    StudentResult result = gradedMaking(rubric, mistake);
    List<ItemResult> diagnosed =
        result.items().stream().filter(i -> i.diagnosis().isPresent()).toList();
    assertThat(diagnosed).hasSizeGreaterThanOrEqualTo(2);
    assertThat(diagnosed)
        .allSatisfy(i -> assertThat(i.diagnosis().get().id()).as(i.key()).isEqualTo(mistake));
  }

  /**
   * The student of issue 24 who drops the upper layer's recurrence at every step: each state the
   * mistake makes wrong is named {@code dropped-term}, also the upper state that comes out all
   * zeros at step 3 (zeros are a template left unfilled only when no mistake the student has shown
   * gives them), and their step-3 prediction: the zeros are their input, and every token ties over
   * the logits they give (before, the prediction was named {@code argmin}, which the reference's
   * logits give when the zeros are ignored as a template left unfilled).
   */
  @org.junit.jupiter.api.Test
  void aStudentWhoDropsTheUpperRecurrenceEverywhere_isDiagnosedDroppedTermAtEveryWrongState() {
    Rubric rubric = new RubricLoader().load(Path.of("rubrics/stacked-rnn.json"));
    String mistake = "dropped-term:high_{t-1}@W2";
    StudentResult result = gradedMaking(rubric, mistake);
    List<ItemResult> wrong =
        result.items().stream()
            .filter(i -> i.status() == Status.INCORRECT || i.status() == Status.PARTIAL)
            .toList();
    assertThat(wrong)
        .extracting(ItemResult::key)
        .contains("q1.high", "q2.high", "q3.high", "q3.prediction");
    assertThat(wrong)
        .allSatisfy(
            i ->
                assertThat(i.diagnosis().map(Diagnosis::id))
                    .as(i.key() + " " + i.status())
                    .contains(mistake));
  }
}
