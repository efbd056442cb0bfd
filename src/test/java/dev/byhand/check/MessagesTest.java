package dev.byhand.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.grading.Grader;
import dev.byhand.grading.ItemResult;
import dev.byhand.grading.RubricKeys;
import dev.byhand.grading.StudentResult;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.submission.SubmissionReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sentences name the real cause and the fix in the file's own format. */
class MessagesTest {
  private static final Rubric HANDOUT =
      new RubricLoader().load(Path.of("rubrics/rnn-by-hand.json"));

  @TempDir Path folder;

  private StudentResult grade(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return new Grader(HANDOUT)
        .grade(List.of(new SubmissionReader(RubricKeys.of(HANDOUT)).read("s", file)))
        .get(0);
  }

  private static String feedback(StudentResult result, String key) {
    return result.items().stream()
        .filter(i -> i.key().equals(key))
        .map(ItemResult::feedback)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aJsonFilesMissingItem_saysWhichKeyToAddToTheObject() throws IOException {
    StudentResult result = grade("a.json", "{\"q1.hidden\": [5, 4, 0]}");
    assertThat(feedback(result, "q1.logits"))
        .contains("Add \"q1.logits\":")
        .contains("JSON object")
        .doesNotContain("line starting with");
  }

  @Test
  void aCsvFilesMissingItem_stillSaysWhichLineToAdd() throws IOException {
    assertThat(feedback(grade("a.csv", "q1.hidden,5,4,0\n"), "q1.logits"))
        .contains("Add it as a line starting with q1.logits");
  }

  @Test
  void gradesProblems_carryADidYouMean() throws IOException {
    assertThat(grade("a.csv", "q1.lgits,21,8,9,20,13,12\n").fileProblems())
        .anySatisfy(p -> assertThat(p).contains("did you mean q1.logits?"));
  }

  @Test
  void aKeyFittingTwoItems_isNamedWithBoth_andNotGraded() throws IOException {
    StudentResult result = grade("a.csv", "hidden,5,4,0\n");
    assertThat(result.fileProblems())
        .anySatisfy(p -> assertThat(p).contains("could be q1.hidden or q3.hidden"));
    // There but unread is not missing (issue 23): the item quotes the line and names the fix.
    assertThat(feedback(result, "q1.hidden"))
        .contains("\"hidden,5,4,0\" (a.csv line 1)")
        .contains("could be q1.hidden or q3.hidden");
    assertThat(result.items().stream().filter(i -> i.key().equals("q1.hidden")))
        .allSatisfy(i -> assertThat(i.status().id()).isEqualTo("unparseable"));
  }

  @Test
  void aNotesColumn_isNotBlamedAsADecimalComma() throws IOException {
    StudentResult result =
        grade("a.csv", "question;answer;notes\nq1.hidden;[5, 4, 0];relu, then done\n");
    assertThat(status(result, "q1.hidden")).isEqualTo("correct");
  }

  @Test
  void aNumberUnderTheNotesHeading_isAValueSpreadOverColumns_notANote() throws IOException {
    StudentResult result =
        grade("a.csv", "question;answer;notes\nq1.hidden;5;4;0;relu, then done\n");
    assertThat(status(result, "q1.hidden")).isEqualTo("correct");
  }

  private static String status(StudentResult result, String key) {
    return result.items().stream()
        .filter(i -> i.key().equals(key))
        .findFirst()
        .orElseThrow()
        .status()
        .id();
  }

  @Test
  void aPredictionNamingTwoTokens_isRefusedWithBoth() throws IOException {
    assertThat(feedback(grade("a.csv", "q2.prediction,the (index 3)\n"), "q2.prediction"))
        .contains("more than one token")
        .contains("the (1)")
        .contains("is (3)");
  }
}
