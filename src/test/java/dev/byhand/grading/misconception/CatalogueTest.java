package dev.byhand.grading.misconception;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.rnn.Activation;
import dev.byhand.rnn.ElmanRnn;
import dev.byhand.rnn.Vector;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each mistake of the catalogue on the handout's model, one step at a time: which values a student
 * making it would write, from the reference and from the student's own earlier numbers.
 */
class CatalogueTest {
  private static final Rubric HANDOUT =
      new RubricLoader().load(Path.of("rubrics/rnn-by-hand.json"));
  private static final ElmanRnn MODEL = HANDOUT.elman().orElseThrow().model();

  /** A hidden state no reference step has, as a student with an earlier slip would carry it. */
  private static final Vector OWN_HIDDEN = Vector.of(5, 3, 0);

  private static Situation step(
      int step, Optional<Vector> previous, Optional<Vector> hidden, Optional<Vector> logits) {
    return new Situation(HANDOUT, step, previous, hidden, logits);
  }

  private static Situation referenceOnly(int step) {
    return step(step, Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static Misconception byId(String id) {
    return Catalogue.all().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<Vector> logitsOf(List<Outcome> outcomes) {
    return outcomes.stream().flatMap(o -> o.logits().stream()).toList();
  }

  @Nested
  class TheCatalogue {
    @Test
    void listsEveryKnownMistakeOnce_inTheOrderTheyAreTried() {
      assertThat(Catalogue.all())
          .extracting(Misconception::id)
          .containsExactly(
              "no-relu",
              "relu-logits",
              "no-recurrence",
              "transposed",
              "embedding-row",
              "preactivation-carried",
              "next-word",
              "argmin");
    }

    @Test
    void everyMistake_explainsItselfInASentence() {
      assertThat(Catalogue.all())
          .allSatisfy(m -> assertThat(m.explanation()).hasSizeGreaterThan(30).endsWith("."));
      assertThat(byId("argmin").explanation()).contains("smallest logit");
      assertThat(byId("relu-logits").explanation()).contains("ReLU to the logits");
    }
  }

  @Nested
  class FromTheStudentsOwnNumbers {
    @Test
    void reluOnTheLogits_isAlsoTriedOnTheStudentsOwnHiddenState() {
      Vector expected = Activation.RELU.apply(OWN_HIDDEN.times(MODEL.output()));

      assertThat(
              logitsOf(
                  byId("relu-logits")
                      .outcomes(
                          step(1, Optional.empty(), Optional.of(OWN_HIDDEN), Optional.empty()))))
          .contains(expected);
      assertThat(logitsOf(byId("relu-logits").outcomes(referenceOnly(1)))).doesNotContain(expected);
    }

    @Test
    void aHiddenStateOfTheWrongSize_isNotUsed() {
      List<Outcome> withBadHidden =
          byId("relu-logits")
              .outcomes(
                  step(1, Optional.empty(), Optional.of(Vector.of(1, 2, 3, 4)), Optional.empty()));
      List<Outcome> withBadPrevious =
          byId("transposed")
              .outcomes(step(2, Optional.of(Vector.of(1, 2)), Optional.empty(), Optional.empty()));

      assertThat(withBadHidden).hasSameSizeAs(byId("relu-logits").outcomes(referenceOnly(1)));
      assertThat(withBadPrevious)
          .isNotEmpty()
          .allSatisfy(
              o ->
                  assertThat(o.hidden())
                      .hasValueSatisfying(h -> assertThat(h.size()).isEqualTo(3)));
    }

    @Test
    void aStepMistake_isAlsoTriedFromTheStudentsOwnPreviousHiddenState() {
      Vector withTransposedW =
          MODEL
              .activation()
              .apply(
                  OWN_HIDDEN
                      .times(MODEL.recurrent().transpose())
                      .plus(MODEL.embedding().row(HANDOUT.sentence().get(1)).times(MODEL.input())));

      List<Outcome> fromOwn =
          byId("transposed")
              .outcomes(step(2, Optional.of(OWN_HIDDEN), Optional.empty(), Optional.empty()));

      assertThat(fromOwn).extracting(Outcome::hidden).contains(Optional.of(withTransposedW));
      assertThat(byId("transposed").outcomes(referenceOnly(2)))
          .extracting(Outcome::hidden)
          .doesNotContain(Optional.of(withTransposedW));
    }

    @Test
    void argmin_isTakenOfTheStudentsOwnLogitsToo() {
      Vector ownLogits = Vector.of(3, -7, 2, 9, 9, 0);

      List<Outcome> outcomes =
          byId("argmin")
              .outcomes(step(2, Optional.empty(), Optional.empty(), Optional.of(ownLogits)));

      assertThat(outcomes)
          .extracting(Outcome::predicted)
          .contains(Optional.of(new TreeSet<>(Set.of(1))));
      assertThat(outcomes).hasSize(2);
      assertThat(byId("argmin").outcomes(referenceOnly(2))).hasSize(1);
    }
  }

  @Nested
  class TheSituation {
    @Test
    void theHiddenStateBeforeTheFirstStep_isTheInitialOne_andLaterTheStepBefore() {
      assertThat(referenceOnly(1).referencePrevious())
          .isEqualTo(HANDOUT.elman().orElseThrow().trace().initialHidden());
      assertThat(referenceOnly(2).referencePrevious())
          .isEqualTo(HANDOUT.elman().orElseThrow().trace().step(1).hidden());
      assertThat(referenceOnly(2).tokenId()).isEqualTo(HANDOUT.sentence().get(1));
    }
  }
}
