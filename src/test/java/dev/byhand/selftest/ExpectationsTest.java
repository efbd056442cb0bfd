package dev.byhand.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byhand.exact.Rational;
import dev.byhand.grading.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The expected-verdicts file: what an instructor may write, and what is refused with a fix. */
class ExpectationsTest {
  @TempDir Path temp;

  private Map<String, ExpectedStudent> read(String json) throws IOException {
    Path file = temp.resolve("x.expected.json");
    Files.writeString(file, json);
    return Expectations.read(file);
  }

  @Nested
  class Reading {
    @Test
    void verdictsWithOrWithoutTheirMistake_scoresAsDecimalsOrFractions_commentsIgnored()
        throws IOException {
      Map<String, ExpectedStudent> students =
          read(
              """
              {
                "//": "checked by eye on 3 May",
                "ana": {"score": "37/2", "items": {"q1.z1": "correct", "q1.a1": "Partial (no-relu)"}},
                "ben": {"score": 18.5, "// why": "a slip in z1", "items": {"q1.z1": "incorrect"}}
              }
              """);

      assertThat(students).containsOnlyKeys("ana", "ben");
      ExpectedStudent ana = students.get("ana");
      assertThat(ana.score()).isEqualTo(Rational.of(37, 2));
      assertThat(ana.items().get("q1.a1"))
          .isEqualTo(new ExpectedItem(Status.PARTIAL, Optional.of("no-relu")));
      assertThat(students.get("ben").score()).isEqualTo(Rational.of(37, 2));
      assertThat(students.get("ben").items().get("q1.z1").mistake()).isEmpty();
    }

    @Test
    void mistakeIdsKeepTheirCase() {
      assertThat(ExpectedItem.parse("incorrect (transposed:W2)").mistake())
          .contains("transposed:W2");
      assertThat(ExpectedItem.parse("incorrect (transposed:W2)"))
          .hasToString("incorrect (transposed:W2)");
    }
  }

  @Nested
  class Refusing {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "{\"ana\": {\"score\": \"1\", \"items\": {}}, \"ana\": {}}|ana appears twice; keep one",
          "{\"ana\": {\"score\": \"1\", \"itmes\": {}}}|ana.itmes is not a field; a student has score and items",
          "{\"ana\": {\"items\": {}}}|ana needs both score and items",
          "{\"ana\": {\"score\": \"ten\", \"items\": {}}}|ana.score \"ten\" is not a number; write 18.5 or 37/2",
          "{\"ana\": {\"score\": \"1/0\", \"items\": {}}}|ana.score \"1/0\" is not a number",
          "{\"ana\": {\"score\": 1, \"items\": {\"q1.z1\": \"right\"}}}|ana.items.q1.z1 \"right\" is not a verdict; write one of correct, partial",
          "{\"ana\": {\"score\": 1, \"items\": {\"q1.z1\": \"correct\", \"q1.z1\": \"correct\"}}}|ana.items.q1.z1 appears twice",
          "{\"ana\": {\"score\": 1, \"items\": {}}} {}|more than one JSON value",
          "[]|not an expected-verdicts file, an object of students: malformed JSON at line 1 column 2 path $"
        })
    void namesTheFieldAndTheFix(String json, String message) {
      assertThatThrownBy(() -> read(json))
          .isInstanceOf(SelfTestException.class)
          .hasMessageStartingWith(temp.resolve("x.expected.json") + ": ")
          .hasMessageContaining(message);
    }
  }
}
