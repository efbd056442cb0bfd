package dev.byhand.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import dev.byhand.network.Mutant;
import dev.byhand.network.Network;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricException;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.rubric.Variant;
import dev.byhand.rubric.Variants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariantsTest {
  static final Path VARIANTS = Path.of("rubrics/rnn-by-hand-variants.json");
  static final Rubric RUBRIC = new RubricLoader().load(VARIANTS);

  /** Two dozen keys as rosters hold them: emails, ids, names with accents and apostrophes. */
  static final List<String> KEYS =
      List.of(
          "ana@colgate.edu",
          "ben.okoro@colgate.edu",
          "Zoë.Müller@colgate.edu",
          "o'brien@colgate.edu",
          "D'Angelo.Ruiz@colgate.edu",
          "chen.wei@colgate.edu",
          "fatima@colgate.edu",
          "søren.kierkegaard@colgate.edu",
          "josé.garcía@colgate.edu",
          "ngọc.trần@colgate.edu",
          "1234567",
          "s7654321",
          "mei",
          "noah",
          "élodie",
          "Renée O'Connor",
          "łukasz",
          "ines@colgate.edu",
          "kemal@colgate.edu",
          "lucia-fernandez",
          "jakub@colgate.edu",
          "amara@colgate.edu",
          "bruno.silva@colgate.edu",
          "x'ian@colgate.edu");

  @Nested
  class Drawing {
    /**
     * A student's numbers must never change between versions of byhand, Java or the OS; these were
     * also reproduced by the Python reference implementation in docs/VARIANTS.md.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        1234567                | 76a8ac0d | 1 | {U=[[-3, -2, -2], [0, -3, -3], [3, 3, 1], [-3, -1, 1]], W=[[-3, 1, 0], [2, 2, 2], [-2, -1, 2]]}
        ana@colgate.edu        | 3dd28e37 | 2 | {U=[[0, 0, 3], [-3, -2, -2], [-1, 3, -1], [3, 0, 0]], W=[[-2, 1, -2], [2, -2, 0], [2, 1, 2]]}
        Zoë.Müller@colgate.edu | ac3b6836 | 7 | {U=[[1, -3, -1], [2, -1, -2], [-3, 1, 2], [1, 1, 0]], W=[[2, -1, -2], [-2, -3, -1], [-1, 0, 2]]}
        o'brien@colgate.edu    | c55f654c | 22 | {U=[[2, -2, -1], [-1, 3, -1], [-2, -2, 2], [3, 0, 3]], W=[[1, 1, -3], [-3, -3, -1], [3, 0, 1]]}
        """)
    void variantsArePinned_soAStudentsNumbersNeverChange(
        String key, String id, int attempt, String values) {
      Variant variant = StudentRubrics.forStudent(RUBRIC, key).variant().orElseThrow();
      assertThat(variant.id()).isEqualTo(id);
      assertThat(variant.attempt()).isEqualTo(attempt);
      assertThat(variant.values()).hasToString(values);
    }

    @Test
    void theSameStudent_isTheSameKeyWhateverTheCaseSpacesOrAccentEncoding() {
      String composed = "Zo\u00eb.M\u00fcller@colgate.edu";
      String decomposed = " zoe\u0308.mu\u0308ller@COLGATE.EDU\u00a0";
      assertThat(StudentRubrics.forStudent(RUBRIC, decomposed).variant())
          .isEqualTo(StudentRubrics.forStudent(RUBRIC, composed).variant());
    }

    @Test
    void drawing_keepsEveryOtherValueAndEveryShape() {
      Rubric own = StudentRubrics.forStudent(RUBRIC, "mei");
      for (String name : List.of("E", "V", "hidden_0")) {
        assertThat(own.network().values().get(name)).isEqualTo(RUBRIC.network().values().get(name));
      }
      for (String name : List.of("U", "W")) {
        assertThat(own.network().values().get(name).sameShape(RUBRIC.network().values().get(name)))
            .isTrue();
      }
      assertThat(own.handout()).isEqualTo(RUBRIC.handout());
    }

    @Test
    void aRubricWithoutVariants_isEveryStudentsRubric() {
      Rubric handout = new RubricLoader().load(Path.of("rubrics/rnn-by-hand.json"));
      assertThat(StudentRubrics.forStudent(handout, "ana@colgate.edu")).isSameAs(handout);
    }
  }

  @Nested
  class Guarantees {
    @Test
    void everyVariantOfTwoDozenStudents_keepsEveryGuarantee() {
      for (Variant variant : StudentRubrics.forRoster(RUBRIC, KEYS)) {
        Rubric own = StudentRubrics.with(RUBRIC, variant);
        boolean bites = false;
        for (Question question : own.questions()) {
          for (ItemSpec item : question.items()) {
            if (item.manual()) {
              continue;
            }
            Value value = own.expected(question, item);
            if (value instanceof Value.Token token) {
              assertThat(token.isTie()).as(variant.key()).isFalse();
            } else {
              ((Value.Vec) value)
                  .value()
                  .entries()
                  .forEach(
                      x ->
                          assertThat(x.numerator().abs().intValue())
                              .as(variant.key())
                              .isLessThanOrEqualTo(999));
            }
            Vector pre =
                ((Value.Vec)
                        own.network()
                            .reference()
                            .value(new Node("preactivation", question.position())))
                    .value();
            bites |= pre.entries().stream().anyMatch(x -> x.signum() < 0);
          }
        }
        assertThat(bites).as("relu changes an asked step of " + variant.key()).isTrue();
      }
    }

    @Test
    void aRoster_neverSharesAVariant() {
      Set<String> ids = new HashSet<>();
      StudentRubrics.forRoster(RUBRIC, KEYS).forEach(v -> ids.add(v.id()));
      assertThat(ids).hasSize(KEYS.size());
    }

    @Test
    void guaranteesThatCannotHold_nameTheSettingToLoosen() throws IOException {
      Rubric tight =
          load(
              "\"variants\": {\"seed\": \"s\", \"vary\": {\"E\": [5, 9], \"U\": [1, 3]}, \"maxAbs\": 1},");
      assertThatThrownBy(() -> StudentRubrics.forStudent(tight, "ana@colgate.edu"))
          .isInstanceOf(RubricException.class)
          .hasMessageContaining("none of 100 draws for student \"ana@colgate.edu\"")
          .hasMessageContaining("raise variants.maxAbs");
    }

    @Test
    void reluThatNeverBites_isDrawnAgainOrNamed() throws IOException {
      Rubric positive =
          load(
              "\"variants\": {\"seed\": \"s\", \"vary\": {\"W\": [0, 2], \"U\": [0, 2], \"E\": [0, 2]}},");
      assertThatThrownBy(() -> StudentRubrics.forStudent(positive, "ana@colgate.edu"))
          .hasMessageContaining("relu that never bites")
          .hasMessageContaining("reach further below zero");
    }

    /**
     * Attempt 0 for "1234567" (the draw of docs/VARIANTS.md's Python example): every logit is
     * positive and the carried pre-activation equals the hidden state, so a student who applies the
     * ReLU to the logits, or carries the pre-activation, would get full marks.
     */
    @Test
    void aDrawThatHidesAKnownMistake_isDrawnAgain() {
      Map<String, Value> hiding = drawn("1234567", 0);
      assertThat(hiding)
          .hasToString(
              "{U=[[-2, 3, 0], [2, 1, 0], [2, 2, 0], [0, -3, -1]],"
                  + " W=[[-2, 1, -1], [-2, 2, 0], [2, 2, -3]]}");
      assertThat(GUARANTEES.check(hiding)).contains(VariantGuarantees.Broken.HIDDEN_MISTAKE);
      assertThat(StudentRubrics.forStudent(RUBRIC, "1234567").variant().orElseThrow().attempt())
          .isEqualTo(1);
    }

    @Test
    void aDrawWhereTwoMistakesGiveTheSameAnswers_isDrawnAgain() {
      assertThat(GUARANTEES.check(drawn("o'brien@colgate.edu", 8)))
          .contains(VariantGuarantees.Broken.AMBIGUOUS_MISTAKES);
    }

    /** Computed independently: each mistake's whole network run over the student's values. */
    @Test
    void everyVariantOfTwoDozenStudents_showsAndTellsApartEveryMistakeTheRubricDoes() {
      for (Variant variant : StudentRubrics.forRoster(RUBRIC, KEYS)) {
        Set<List<Value>> answers = new HashSet<>();
        answers.add(asked(StudentRubrics.with(RUBRIC, variant).network()));
        // The handout's known mistakes, as mutations of its equations under its own ids.
        assertThat(RUBRIC.mistakes()).isNotEmpty();
        for (Mutant mistake : RUBRIC.mistakes()) {
          List<Value> given = asked(mistake.network().withValues(variant.values()));
          assertThat(answers.add(given)).as(variant.key() + " " + mistake.mutation().id()).isTrue();
        }
      }
    }

    @Test
    void aMistakeNoDrawCanShow_namesTheSettingToLoosen() throws IOException {
      // With V and the hidden state never negative, no logit is: relu on the logits never shows.
      Rubric hidden = load("\"variants\": {\"seed\": \"s\", \"vary\": {\"V\": [0, 3]}},");
      assertThatThrownBy(() -> StudentRubrics.forStudent(hidden, "ana@colgate.edu"))
          .isInstanceOf(RubricException.class)
          .hasMessageContaining("known mistake that gives the right answer to every asked item")
          .hasMessageContaining("widen the ranges in variants.vary");
    }

    @Test
    void aDrawAnEquationCannotTake_isDrawnAgain_andOneNoDrawAvoids_isNamed() {
      String divides =
          """
          {"id": "ratio", "title": "A ratio",
           "model": {"values": {"x": [6, -3], "d": 2},
                     "equations": ["y = x / d", "z = relu(y)"]},
           "variants": {"seed": "s", "vary": {"d": [%d, %d]}},
           "questions": [{"id": "q1", "text": "y and z.", "items": [
             {"item": "y", "points": 1}, {"item": "z", "points": 1}]}]}
          """;
      // d is 0 in about a third of the draws from [-1, 1]: those are drawn again.
      Rubric some = new RubricLoader().parse(divides.formatted(-1, 1), "ratio.json");
      for (String key : List.of("ana", "ben", "cleo", "dev", "eli", "fay")) {
        assertThat(StudentRubrics.forStudent(some, key).network().values().get("d"))
            .as(key)
            .isNotEqualTo(new Value.Scalar(Rational.ZERO));
      }
      Rubric zero = new RubricLoader().parse(divides.formatted(0, 0), "ratio.json");
      assertThatThrownBy(() -> StudentRubrics.forStudent(zero, "ana"))
          .isInstanceOf(RubricException.class)
          .hasMessageContaining("a value an equation cannot take")
          .hasMessageContaining("narrow the ranges in variants.vary")
          .hasMessageContaining("division by zero");
    }

    @Test
    void twoStudentsWithTheSameNumbers_areNamedBoth() throws IOException {
      Rubric narrow = load("\"variants\": {\"seed\": \"s\", \"vary\": {\"h0\": [0, 0]}},");
      assertThatThrownBy(() -> StudentRubrics.forRoster(narrow, List.of("ana", "ben")))
          .hasMessageContaining("students \"ana\" and \"ben\" draw the same numbers")
          .hasMessageContaining("widen the ranges in variants.vary");
    }
  }

  @Nested
  class BrokenSections {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        an unknown value   | "variants": {"seed": "s", "vary": {"Q": [-3, 3]}},              | variants.vary.Q: "Q" is not a value of model; vary one of E, U, W, V, h0
        a reversed range   | "variants": {"seed": "s", "vary": {"W": [3, -3]}},              | variants.vary.W is [3, -3]: the low end comes first
        a fraction         | "variants": {"seed": "s", "vary": {"W": [-3, 2.5]}},            | variants.vary.W[1] must be a whole number
        one number         | "variants": {"seed": "s", "vary": {"W": 3}},                    | variants.vary.W must be a range of two whole numbers
        no seed            | "variants": {"vary": {"W": [-3, 3]}},                           | variants.seed is missing
        a misspelt field   | "variants": {"seed": "s", "vary": {"W": [-3, 3]}, "maxabs": 9}, | variants has an unknown field "maxabs"
        a zero maxAbs      | "variants": {"seed": "s", "vary": {"W": [-3, 3]}, "maxAbs": 0}, | variants.maxAbs must be a whole number from 1
        nothing varied     | "variants": {"seed": "s", "vary": {}},                          | variants.vary must name at least one value
        """)
    void aBrokenSection_isNamedWithItsFix(String what, String section, String message) {
      assertThatThrownBy(() -> load(section))
          .isInstanceOf(RubricException.class)
          .hasMessageContaining(message);
    }
  }

  @Test
  void numbersOfAVariantAreExactIntegers() {
    ((Value.Mat) StudentRubrics.forStudent(RUBRIC, "ana").network().values().get("W"))
        .value()
        .rows()
        .forEach(row -> row.entries().forEach(x -> assertThat(x.isInteger()).isTrue()));
  }

  static final VariantGuarantees GUARANTEES =
      VariantGuarantees.of(RUBRIC, RUBRIC.variants().orElseThrow().maxAbs());

  static Map<String, Value> drawn(String key, int attempt) {
    Variants variants = RUBRIC.variants().orElseThrow();
    return VariantDraw.values(
        variants,
        RUBRIC.network().values(),
        VariantDraw.seed(variants.seed(), StudentKey.normalise(key), attempt));
  }

  /** Hidden state, logits and prediction at steps 1 and 2: what the rubric asks. */
  static List<Value> asked(Network network) {
    List<Value> asked = new ArrayList<>();
    for (int step = 1; step <= 2; step++) {
      for (String item : List.of("hidden", "logits", "prediction")) {
        asked.add(network.reference().value(new Node(item, step)));
      }
    }
    return asked;
  }

  static Rubric load(String section) throws IOException {
    String text =
        Files.readString(Path.of("rubrics/rnn-by-hand.json"))
            .replace("\"sentence\":", section + "\n  \"sentence\":");
    return new RubricLoader().parse(text, "test.json");
  }
}
