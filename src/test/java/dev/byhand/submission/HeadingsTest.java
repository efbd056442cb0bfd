package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A line is looked at as a question heading only where the heading's expression could match: on
 * random lines made of headings' pieces, every line the expression matches passes the quick test.
 */
class HeadingsTest {
  private static final List<String> PIECES =
      List.of(
          "Q",
          "q",
          "Question",
          "PART",
          "Problem",
          "ex",
          "Task",
          "#",
          "## ",
          "> ",
          ">",
          "**",
          "\\section*{",
          "\\textbf{",
          "(b)",
          "(",
          "a)",
          "H)",
          "2",
          ".",
          ":",
          ")",
          "}",
          " ",
          "\t",
          "x",
          "h1 = [5]",
          "0",
          "\u00a0",
          "\u212a",
          "Aufgabe",
          "Вопрос",
          "\u7b2c",
          "\u9898",
          "\u95ee\u9898",
          "\uff1a");

  @Test
  void theUsualHeadingsAreQuestions() {
    assertThat(Headings.question("## Question 2")).contains("q2");
    assertThat(Headings.question("\\section*{Question 3}")).contains("q3");
    assertThat(Headings.question("(b) the prediction")).contains("q2");
    assertThat(Headings.question("h1 = [5, 4, 0]")).isEmpty();
  }

  @Test
  void headingsInOtherLanguagesAreQuestions() {
    assertThat(Headings.question("**Aufgabe 2.** Der größte Wert ist 21")).contains("q2");
    assertThat(Headings.question("Pregunta 3: el siguiente token")).contains("q3");
    assertThat(Headings.question("Вопрос 1. Скрытое состояние")).contains("q1");
    assertThat(Headings.question("**第2题**:最大值是21")).contains("q2");
    assertThat(Headings.question("问题 3")).contains("q3");
    assertThat(Headings.question("Schritt 2: h = [5, 4, 0]")).isEmpty();
  }

  @Test
  void onRandomLines_everyLineTheExpressionMatchesPassesTheQuickTest() {
    Random random = new Random(23);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder line = new StringBuilder();
      for (int k = random.nextInt(6); k >= 0; k--) {
        line.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String text = line.toString();
      if (Headings.HEADING.matcher(text).lookingAt()) {
        assertThat(Headings.mayStart(text)).as(text).isTrue();
      }
    }
  }
}
