package dev.byhand.grading;

import static dev.byhand.grading.GraderTest.item;
import static dev.byhand.grading.GraderTest.student;
import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.exact.Rational;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rubric policy {@code "followThrough": {"requirePlausible": true}}. */
class PlausibleFollowThroughTest {
  private static final Rubric PLAUSIBLE =
      new RubricLoader()
          .parse(
              GraderTest.HANDOUT_TEXT.replace(
                  "\"sentence\":",
                  "\"followThrough\": {\"requirePlausible\": true}, \"sentence\":"),
              "plausible.json");

  /** A made-up h1 (every entry wrong, no known mistake) and everything after computed from it. */
  private static final String[] MADE_UP = {
    "q1.hidden,1,2,3", "q1.logits,9,-5,0,22,14,3", "q2.prediction,is"
  };

  private static StudentResult grade(Rubric rubric, String... rows) {
    return new Grader(rubric).grade(List.of(student("s", rows))).get(0);
  }

  @Nested
  class AMadeUpEarlierAnswer {
    private final StudentResult result = grade(PLAUSIBLE, MADE_UP);

    @Test
    void earnsNoFollowThrough_andTheFeedbackSaysWhy() {
      ItemResult logits = item(result, "q1.logits");
      assertThat(logits.status()).isEqualTo(Status.INCORRECT);
      assertThat(logits.points()).isEqualTo(Rational.ZERO);
      assertThat(logits.checkedAgainst()).isEmpty();
      assertThat(logits.feedback())
          .endsWith(
              "It would be right for your q1.hidden = [1, 2, 3], but that answer differs from the"
                  + " reference in 3 of 3 entries and no known mistake explains it, so this item is"
                  + " judged against the reference: this rubric gives follow-through only from an"
                  + " earlier answer a known mistake explains or with at most half its entries"
                  + " wrong.");
    }

    @Test
    void norDoesAnythingCarriedFromIt() {
      ItemResult prediction = item(result, "q2.prediction");
      assertThat(prediction.status()).isEqualTo(Status.INCORRECT);
      assertThat(prediction.feedback()).contains("your q1.logits = [9, -5, 0, 22, 14, 3]");
    }

    @Test
    void stillFollowsThrough_whenThePolicyIsOff_asByDefault() {
      StudentResult lenient = grade(GraderTest.HANDOUT, MADE_UP);
      assertThat(item(lenient, "q1.logits").status()).isEqualTo(Status.FOLLOWTHROUGH);
      assertThat(item(lenient, "q2.prediction").status()).isEqualTo(Status.FOLLOWTHROUGH);
    }
  }

  @Test
  void aSlipInAtMostHalfTheEntries_followsThrough_downTheWholeChain() {
    StudentResult result =
        grade(
            PLAUSIBLE,
            "q1.hidden,5,3,0",
            "q1.logits,17,6,8,15,11,9",
            "q3.hidden,53,7,32",
            "q3.logits,81,-82,28,163,163,-11");
    assertThat(item(result, "q1.hidden").status()).isEqualTo(Status.PARTIAL);
    assertThat(item(result, "q1.logits").status()).isEqualTo(Status.FOLLOWTHROUGH);
    // h2 differs from the reference in every entry, but it is carried right from a plausible h1.
    assertThat(item(result, "q3.hidden").status()).isEqualTo(Status.FOLLOWTHROUGH);
    assertThat(item(result, "q3.logits").status()).isEqualTo(Status.FOLLOWTHROUGH);
  }

  @Test
  void anEarlierAnswerAKnownMistakeExplains_followsThrough_howeverManyEntriesItGotWrong() {
    StudentResult result =
        grade(PLAUSIBLE, "q1.hidden,5,4,0", "q3.hidden,31,19,15", "q3.logits,107,-7,35,155,114,42");
    assertThat(item(result, "q3.hidden").diagnosis())
        .hasValueSatisfying(d -> assertThat(d.id()).isEqualTo("no-recurrence"));
    assertThat(item(result, "q3.logits").status()).isEqualTo(Status.FOLLOWTHROUGH);
  }
}
