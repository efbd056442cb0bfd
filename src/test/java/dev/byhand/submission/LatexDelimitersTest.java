package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Math delimiters are matched by hand, only at a backslash or a dollar sign (a regular expression's
 * search of every position cost the page a second on a 1 MiB line, and one tried at every backslash
 * a fifth of its time on nested matrices): on random LaTeX the result is what these expressions'
 * own {@code replaceAll} gives.
 */
class LatexDelimitersTest {
  private static final Pattern OPEN_MATH =
      Pattern.compile(
          "\\\\\\[|\\$\\$|\\\\begin\\s*\\{(?:align|equation|gather|multline|eqnarray)\\*?\\}");
  private static final Pattern CLOSE_MATH =
      Pattern.compile(
          "\\\\\\]|\\$\\$|\\\\end\\s*\\{(?:align|equation|gather|multline|eqnarray)\\*?\\}");

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
          "\\begin{alignat}",
          "\\end {equation*}",
          "\\end{eqnarray}",
          "*",
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
      assertThat(LatexAnswers.spaced(LatexAnswers.OPEN_MATH, text.toString()))
          .as(text.toString())
          .isEqualTo(OPEN_MATH.matcher(text).replaceAll(" "));
      assertThat(LatexAnswers.spaced(LatexAnswers.CLOSE_MATH, text.toString()))
          .as(text.toString())
          .isEqualTo(CLOSE_MATH.matcher(text).replaceAll(" "));
    }
  }
}
