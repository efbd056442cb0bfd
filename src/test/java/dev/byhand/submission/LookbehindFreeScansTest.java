package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scans written by hand in place of regular expressions with a lookbehind (which the page's
 * TeaVM runs in quadratic time on a long line) read every text as those expressions did: checked
 * against the expressions themselves, run by the JVM, on examples and on random texts made of the
 * characters that matter.
 */
class LookbehindFreeScansTest {
  private static final Pattern COMMENT = Pattern.compile("(?<!\\\\)%.*");
  private static final Pattern PIPE = Pattern.compile("(?<!\\\\)\\|");
  private static final Pattern ACCOUNTING =
      Pattern.compile("(?<![\\w\\])])\\(\\s*(\\d{1,40}(?:\\.\\d{0,40})?)\\s*\\)");

  @Test
  void aLatexCommentIsDroppedToTheEndOfItsLine_andAnEscapedPercentIsKept() {
    assertThat(LatexAnswers.withoutComment("h_1 = [5, 4, 0] % from U^T x"))
        .isEqualTo("h_1 = [5, 4, 0] ");
    assertThat(LatexAnswers.withoutComment("50\\% of 8 = 4")).isEqualTo("50\\% of 8 = 4");
    assertThat(LatexAnswers.withoutComment("% all of it")).isEmpty();
  }

  @Test
  void markdownCellsSplitOnPipes_butNotOnEscapedOnes() {
    assertThat(PipeTables.cells("| q1.hidden | 5 \\| 4 | 0 |"))
        .containsExactly("q1.hidden", "5 | 4", "0");
  }

  @Test
  void aNumberInParenthesesIsNegative_unlessItFollowsAWordOrABracket() {
    assertThat(Decorations.accounting("(92.00)")).isEqualTo("-92.00");
    assertThat(Decorations.accounting("y = ( 3 ), f(3), a[1](2)"))
        .isEqualTo("y = -3, f(3), a[1](2)");
    assertThat(Decorations.accounting("((5),(4),(0))")).isEqualTo("((5),(4),(0))");
  }

  @Test
  void onRandomTexts_eachScanGivesWhatItsRegularExpressionGave() {
    Random random = new Random(23);
    for (int n = 0; n < 20_000; n++) {
      String text = randomText(random, "%\\|()[]a_1. \n\u2028\u0085x9", 1 + random.nextInt(30));
      assertThat(LatexAnswers.withoutComment(text))
          .as(text)
          .isEqualTo(COMMENT.matcher(text).replaceAll(""));
      String row = "|" + text;
      List<String> cells = new ArrayList<>();
      String inner =
          row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
      Arrays.stream(PIPE.split(inner, -1))
          .forEach(c -> cells.add(Clean.strip(c.replace("\\|", "|"))));
      assertThat(PipeTables.cells(row)).as(row).isEqualTo(cells);
      assertThat(Decorations.accounting(text)).as(text).isEqualTo(accountingByExpression(text));
    }
  }

  /**
   * What {@link #ACCOUNTING} makes of {@code text}, but only outside brackets: inside one, {@code
   * (5)} is an entry of a column written {@code ((5),(4),(0))}.
   */
  private static String accountingByExpression(String text) {
    java.util.regex.Matcher m = ACCOUNTING.matcher(text);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    while (m.find()) {
      int depth = 0;
      for (int i = 0; i < m.start(); i++) {
        char c = text.charAt(i);
        depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
      }
      if (depth <= 0) {
        out.append(text, copied, m.start()).append('-').append(m.group(1));
        copied = m.end();
      }
    }
    return out.append(text, copied, text.length()).toString();
  }

  private static String randomText(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
