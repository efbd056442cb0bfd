package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Math delimiters are found by trying their expression only at a backslash or a dollar sign (a
 * search of every position cost the page a second on a 1 MiB line): on random LaTeX the result is
 * what the expression's own {@code replaceAll} gives.
 */
class LatexDelimitersTest {
  private static final List<String> PIECES =
      List.of(
          "\\[",
          "\\]",
          "$$",
          "$",
          "\\",
          "\\begin{align}",
          "\\end{align*}",
          "\\begin {equation}",
          "\\end{gather}",
          "\\begin{bmatrix}",
          "\\begin{",
          "x",
          " ",
          "&",
          "5",
          "\\\\",
          "{",
          "}");

  @Test
  void displayMathDelimitersBecomeSpaces_andTheRestStays() {
    assertThat(LatexAnswers.spaced(LatexAnswers.OPEN_MATH, "\\[ h_1 = [5] \\] and $$y$$"))
        .isEqualTo("  h_1 = [5] \\] and  y ");
  }

  @Test
  void onRandomLatex_theScanGivesWhatTheExpressionsGave() {
    Random random = new Random(23);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      for (Pattern pattern : List.of(LatexAnswers.OPEN_MATH, LatexAnswers.CLOSE_MATH)) {
        assertThat(LatexAnswers.spaced(pattern, text.toString()))
            .as(text.toString())
            .isEqualTo(pattern.matcher(text).replaceAll(" "));
      }
    }
  }
}
