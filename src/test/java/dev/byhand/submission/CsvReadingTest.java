package dev.byhand.submission;

import static dev.byhand.submission.Fixtures.answers;
import static dev.byhand.submission.Fixtures.problems;
import static dev.byhand.submission.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvReadingTest {
  @TempDir Path dir;

  private Submission csv(String text) throws IOException {
    Path file = dir.resolve("answers.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return read(file);
  }

  @Nested
  class Layouts {
    @Test
    void oneCellPerNumber_andAQuotedVectorCell_andAHeader() {
      Submission alice = read("alice.csv");
      assertThat(alice.format()).contains(Format.CSV);
      assertThat(alice.unreadable()).isEmpty();
      assertThat(answers(alice))
          .containsExactly(
              "q1.hidden=[5, 4, 0]", "q1.logits=[21, 8, 9, 20, 13, 12]", "q2.prediction=[BOS]");
      assertThat(alice.problems()).isEmpty();
    }

    @Test
    void numpyPrint_isSplitIntoItsNumbers_andQuotedWordsLoseTheirQuotes() {
      assertThat(answers(read("numpy-print.csv")))
          .containsExactly(
              "q1.hidden=[5., 4., 0.]",
              "q1.logits=[21., 8., 9., 20., 13., 12.]",
              "q2.prediction=[BOS]",
              "q3.hidden=[57., 8., 36.]",
              "q3.logits=[89., -92., 29., 184., 181., -12.]",
              "q3.prediction=[is]");
    }

    @Test
    void spaceSeparatedVectorInOneCell() {
      assertThat(answers(read("space-separated.csv")))
          .containsExactly(
              "q1.hidden=[5, 4, 0]", "q1.logits=[21, 8, 9, 20, 13, 12]", "q2.prediction=[0]");
    }

    @Test
    void europeanExcel_semicolonsDecimalCommasBomCrlfAndPaddedRows() {
      Submission s = read("excel-semicolon.csv");
      assertThat(answers(s))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q1.logits=[21, 8, 9, 20, 13, 12]",
              "q2.prediction=[BOS]",
              "q3.hidden=[57.0, 8.0, 36.0]",
              "q3.logits=[89, \u221292, 29, 184, 181, \u221212]",
              "q3.prediction=[is]");
      assertThat(s.problems()).isEmpty();
    }

    @Test
    void excelUnicodeText_isUtf16LittleEndianAndTabSeparated() {
      assertThat(answers(read("excel-unicode-text.txt")))
          .containsExactly(
              "q1.hidden=[5, 4, 0]", "q1.logits=[21, 8, 9, 20, 13, 12]", "q2.prediction=[BOS]");
    }

    @Test
    void commentLinesAndBlankLines_areSkipped_andLinesStayTrue() {
      Submission s = read("comments-and-blanks.csv");
      assertThat(answers(s))
          .containsExactly(
              "q1.hidden=[5, 4, 0]", "q1.logits=[21, 8, 9, 20, 13, 12]", "q2.prediction=[BOS]");
      assertThat(s.answers())
          .extracting(a -> a.location().line())
          .containsExactly(OptionalInt.of(4), OptionalInt.of(6), OptionalInt.of(8));
      assertThat(s.problems()).isEmpty();
    }

    @Test
    void unquotedVector_spreadOverCells_losesItsStrayBrackets() {
      assertThat(answers(read("unquoted-vector.csv")))
          .containsExactly(
              "q1.hidden=[5, 4, 0]", "q1.logits=[21, 8, 9, 20, 13, 12]", "q3.hidden=[57, 8, 36]");
    }

    @Test
    void plainTextNotes_withColonsEqualsAndSpaces() {
      Submission s = read("notes.txt");
      assertThat(answers(s))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q1.logits=[21, 8, 9, 20, 13, 12]",
              "q2.prediction=[BOS]",
              "q3.hidden=[57, 8, 36]");
      assertThat(problems(s))
          .containsExactly(
              "notes.txt line 6: \"hiden 1 2 3\" is not an answer key; keys look like q1.hidden");
    }
  }

  @Nested
  class Rows {
    @Test
    void crlfLineEndings_areLineBreaks() throws IOException {
      Submission s = csv("q1.hidden,5,4,0\r\nq2.prediction,BOS\r\n");
      assertThat(answers(s)).containsExactly("q1.hidden=[5, 4, 0]", "q2.prediction=[BOS]");
      assertThat(s.answers().get(1).location())
          .isEqualTo(Location.ofLine("answers.csv", 2).withText("q2.prediction,BOS"));
    }

    @Test
    void laterRowWithoutKey_isAProblemWithItsLine() throws IOException {
      Submission s = csv("key,value\nq1.hidden,5,4,0\n\nhiden,1,2,3\nq2.prediction,BOS\n");
      assertThat(answers(s)).containsExactly("q1.hidden=[5, 4, 0]", "q2.prediction=[BOS]");
      assertThat(problems(s))
          .containsExactly(
              "answers.csv line 4: \"hiden\" is not an answer key; keys look like q1.hidden");
    }

    @Test
    void keyWithoutValues_isABlankAnswer() throws IOException {
      Submission s = csv("q1.hidden,,,\nq2.prediction\n");
      assertThat(s.answers()).hasSize(2).allMatch(Answer::isBlank);
    }

    @Test
    void keyAsWritten_isKeptForMessages() throws IOException {
      Submission s = csv("\"Q1 Hidden State\",5,4,0\n");
      assertThat(s.answers().get(0).keyAsWritten()).isEqualTo("Q1 Hidden State");
      assertThat(s.answers().get(0).key()).isEqualTo(new AnswerKey("q1", "hidden"));
    }

    @Test
    void duplicateKeys_areBothKept() throws IOException {
      assertThat(answers(csv("q1.hidden,5,4,0\nq1.hidden,5,4,1\n")))
          .containsExactly("q1.hidden=[5, 4, 0]", "q1.hidden=[5, 4, 1]");
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "q2.prediction,is | [is]",
          "q2.prediction,'is' | [is]",
          "q2.prediction,\"\"\"is\"\"\" | [is]",
          "q1.hidden,\u00a05\u00a0,4,0 | [5, 4, 0]",
          "q1.hidden,\"5;4;0\" | [5, 4, 0]",
          "q1.hidden,\"(5, 4, 0)\" | [5, 4, 0]",
          "q1.hidden,\"array([5., 4., 0.])\" | [5., 4., 0.]",
          "q1.hidden,5;4;0 | [5, 4, 0]",
          "q1.hidden,\"[57.  8. ... 36.]\" | [57., 8., ..., 36.]",
          "q1.hidden,5,,0 | [5, , 0]",
        })
    void valueCells_splitTheWayTheyWereMeant(String row, String values) throws IOException {
      assertThat(csv(row + "\n").answers().get(0).values()).hasToString(values);
    }
  }

  @Nested
  class BrokenQuotes {
    @Test
    void unclosedQuote_costsOnlyItsOwnLine() {
      Submission s = read("unclosed-quote.csv");
      assertThat(answers(s))
          .containsExactly("q1.hidden=[5, 4, 0]", "q2.prediction=[BOS]", "q3.hidden=[57, 8, 36]");
      assertThat(problems(s))
          .singleElement()
          .asString()
          .startsWith("unclosed-quote.csv line 2: a quote (\") on this line is never closed");
    }

    @Test
    void textAfterAClosingQuote_isAProblemNotACrash() throws IOException {
      Submission s = csv("q1.hidden,\"5\" 4,0\nq2.prediction,BOS\n");
      assertThat(answers(s)).containsExactly("q2.prediction=[BOS]");
      assertThat(problems(s)).singleElement().asString().contains("line 1");
    }
  }

  @Nested
  class LimitsReached {
    @Test
    void tooManyLines_refusesTheFileBeforeParsing_withTheLimitNamed() throws IOException {
      Submission s = csv("q1.hidden,1\n".repeat(10_001));
      assertThat(s.answers()).isEmpty();
      assertThat(s.unreadable())
          .get()
          .asString()
          .contains("the file has 10001 lines")
          .contains("up to 10000 lines");
    }

    @Test
    void commentLines_countTowardsTheLineLimit() throws IOException {
      Submission s = csv("q1.hidden,5,4,0\n" + "# filler\n".repeat(10_000));
      assertThat(s.unreadable()).get().asString().contains("the file has 10001 lines");
    }

    @Test
    void tooManyValues_isAProblemNamingTheLimit() throws IOException {
      Submission s = csv("q1.hidden," + "1,".repeat(1001) + "\n");
      assertThat(s.answers()).isEmpty();
      assertThat(problems(s)).singleElement().asString().contains("limit of 1000");
    }

    @Test
    void overlongValue_isAProblemNamingTheLimit() throws IOException {
      Submission s = csv("q1.hidden," + "1".repeat(101) + "\n");
      assertThat(s.answers()).isEmpty();
      assertThat(problems(s)).singleElement().asString().contains("limit of 100");
    }
  }
}
