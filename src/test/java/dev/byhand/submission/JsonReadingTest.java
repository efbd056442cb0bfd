package dev.byhand.submission;

import static dev.byhand.submission.Fixtures.answers;
import static dev.byhand.submission.Fixtures.problems;
import static dev.byhand.submission.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonReadingTest {
  @TempDir Path dir;

  private Submission json(String text) throws IOException {
    Path file = dir.resolve("answers.json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return read(file);
  }

  @Nested
  class Shapes {
    @Test
    void flat_numbersKeepTheirWrittenText_andNonKeysAreIgnoredProblems() {
      Submission s = read("flat.json");
      assertThat(s.format()).contains(Format.JSON);
      assertThat(answers(s))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q1.logits=[21, 8, 9, 20, 13, 12]",
              "q2.prediction=[BOS]",
              "q3.hidden=[57.0, 8.0, 36.0]",
              "q3.logits=[89, -92, 29, 184, 181, -12]",
              "q3.prediction=[is]");
      assertThat(problems(s))
          .containsExactly(
              "flat.json at $.name: \"name\" is not an answer key, ignored; keys look like q1.hidden");
      assertThat(s.answers().get(0).location())
          .isEqualTo(Location.ofPath("flat.json", "$.q1.hidden").withText("[5, 4, 0]"));
      assertThat(s.answers().get(2).location().quoted()).isEqualTo("$.q2.prediction: BOS");
    }

    @Test
    void nestedByQuestion_withStringsNumbersAndAWrappedList() {
      Submission s = read("nested.json");
      assertThat(answers(s))
          .containsExactly(
              "q1.hidden=[5, 4, 0]",
              "q1.logits=[21, 8, 9, 20, 13, 12]",
              "q2.prediction=[0]",
              "q3.hidden=[57, 8, 36]",
              "q3.logits=[89, -92, 29, 184, 181, -12]",
              "q3.prediction=[is]");
      assertThat(s.problems()).isEmpty();
      assertThat(s.answers().get(3).location().jsonPath()).isEqualTo("$.q3.hidden state");
    }

    @Test
    void duplicateKeys_keepBothAnswers_withoutAProblem() {
      Submission s = read("duplicate-keys.json");
      assertThat(answers(s)).containsExactly("q1.hidden=[5, 4, 0]", "q1.hidden=[5, 4, 1]");
      assertThat(s.problems()).isEmpty();
    }

    @Test
    void wrongTypes_areProblemsNamingThePath_andGoodAnswersStay() {
      Submission s = read("wrong-types.json");
      assertThat(answers(s)).containsExactly("q3.logits=[89, -92, 29, 184, 181, -12]");
      assertThat(problems(s))
          .containsExactly(
              "wrong-types.json at $.q1.hidden[1]: expected a number or a word, found true or false",
              "wrong-types.json at $.q1.logits: expected numbers like [5, 4, 0] or a word like \"is\", found null",
              "wrong-types.json at $.q2.prediction: expected numbers like [5, 4, 0] or a word like \"is\", found an object { }",
              "wrong-types.json at $.q3.hidden[1]: expected one flat list like [5, 4, 0], found a list of lists",
              "wrong-types.json at $.q3.prediction: expected numbers like [5, 4, 0] or a word like \"is\", found true or false");
    }

    @Test
    void aBareQuestionId_isKeptAsAQuestionOnlyAnswer_forTheGraderToPlace() throws IOException {
      Submission s = json("{\"q2\": \"BOS\"}");
      assertThat(s.problems()).isEmpty();
      assertThat(s.answers())
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.key().isQuestionOnly()).isTrue();
                assertThat(a.key().question()).isEqualTo("q2");
                assertThat(a.values()).containsExactly("BOS");
              });
    }

    @Test
    void unknownNestedItem_isIgnoredWithAProblem() throws IOException {
      Submission s = json("{\"q1\": {\"hidden\": [5, 4, 0], \"42\": 1}}");
      assertThat(answers(s)).containsExactly("q1.hidden=[5, 4, 0]");
      assertThat(problems(s)).singleElement().asString().contains("$.q1.42");
    }

    @Test
    void emptyListAndEmptyString_areBlankAnswers() throws IOException {
      Submission s = json("{\"q1.hidden\": [], \"q2.prediction\": \"\"}");
      assertThat(s.answers()).hasSize(2).allMatch(Answer::isBlank);
    }

    @Test
    void topLevelList_inAJsonFile_isUnreadable() throws IOException {
      assertThat(json("[5, 4, 0]").unreadable())
          .get()
          .asString()
          .contains("must be one object")
          .contains("found a list");
    }
  }

  @Nested
  class CommentKeys {
    @Test
    void keysStartingWithSlashesOrHash_areHintsIgnoredSilently() throws IOException {
      Submission s =
          json(
              "{\"// about\": \"fill in\", \"# q1.hidden\": \"3 numbers\", \"q1.hidden\": [5, 4, 0]}");
      assertThat(answers(s)).containsExactly("q1.hidden=[5, 4, 0]");
      assertThat(problems(s)).isEmpty();
    }
  }

  @Nested
  class Malformed {
    @Test
    void handTypedTrailingComma_isReadAsTheStudentMeantIt() {
      Submission s = read("trailing-comma.json");
      assertThat(s.unreadable()).isEmpty();
      assertThat(s.answers())
          .extracting(a -> a.key() + "=" + a.values())
          .containsExactly("q1.hidden=[5, 4, 0]", "q1.logits=[21, 8, 9, 20, 13, 12]");
    }

    @Test
    void handTypedComments_areSkipped() {
      Submission s = read("comments.json");
      assertThat(s.unreadable()).isEmpty();
      assertThat(s.answers())
          .extracting(a -> a.key() + "=" + a.values())
          .containsExactly("q1.hidden=[5, 4, 0]");
    }

    @Test
    void anUnclosedBlockComment_isStillExplained() {
      assertThat(Fixtures.readText("c.json", "{\"q1.hidden\": [5, 4, 0] /* oops }").unreadable())
          .get()
          .asString()
          .contains("JSON does not allow comments");
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "{\"q1.hidden\": [5, 4, 0]} {} | more than one JSON value",
          "{\"q1.hidden\": [5, 4, 0] | ends too early",
          "{\"q1.hidden\": [5, 4 | ends too early",
          "{'q1.hidden': [5, 4, 0]} | double quotes",
          "{q1.hidden: [5, 4, 0]} | the word q1.hidden has no quotes",
          "{\"q1.hidden\": [NaN, 4, 0]} | NaN is not allowed",
          "{\"q1.hidden\": [5 4 0]} | a comma is missing",
          "{\"q1.hidden\" [5, 4, 0]} | a colon is missing",
          "{\"q1.hidden\": [05, 4, 0]} | starts with 0",
          "{\"q1.hidden\": \"5 4 0} | not closed",
        })
    void malformedJson_isExplained(String text, String explanation) throws IOException {
      Submission s = json(text);
      assertThat(s.answers()).isEmpty();
      assertThat(s.unreadable()).get().asString().contains(explanation);
    }

    @Test
    void deepNesting_isRefusedWithTheLimitNamed() throws IOException {
      String deep = "{\"q1.hidden\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
      assertThat(json(deep).unreadable())
          .get()
          .asString()
          .contains("nested deeper than 16 levels (the limit)");
    }

    @Test
    void nestingWithinTheLimit_isReadAsAProblemNotUnreadable() throws IOException {
      String deep = "{\"q1.hidden\": " + "[".repeat(15) + "]".repeat(15) + "}";
      Submission s = json(deep);
      assertThat(s.unreadable()).isEmpty();
      assertThat(problems(s)).singleElement().asString().contains("list of lists");
    }
  }
}
