package dev.byhand.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import dev.byhand.network.EquationException;
import dev.byhand.network.Mutant;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricItem;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.submission.Answer;
import dev.byhand.submission.AnswerKey;
import dev.byhand.submission.Format;
import dev.byhand.submission.Location;
import dev.byhand.submission.Submission;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Measures diagnosis over every shipped rubric (the handout by its own rule) and three unseen
 * networks (docs/MISCONCEPTIONS.md): students who make one mutation's mistake at one item and
 * compute everything after it correctly from their own numbers must be diagnosed with that mutation
 * at that item, and later items must be follow-through; seeded one-entry arithmetic slips must
 * rarely be given a diagnosis. The figures are printed to this test's output file.
 */
class MisconceptionMeasureTest {
  private static final long SEED = 16;
  private static final int SLIPS = 2000;

  /**
   * An asked item, and the decimals a student rounds it to: those of its tolerance, none for an
   * exact item.
   */
  private record Asked(RubricItem rubricItem) {
    Question question() {
      return rubricItem.question();
    }

    ItemSpec item() {
      return rubricItem.spec();
    }

    Node node() {
      return rubricItem.node();
    }

    int places() {
      return item().accuracy().map(ItemSpec.Tolerance::places).orElse(0);
    }

    Optional<Rational> tolerance() {
      return item().accuracy().map(ItemSpec.Tolerance::value);
    }

    /** What a student writes for {@code value}: rounded to the item's decimals when inexact. */
    Value written(Value value) {
      if (item().accuracy().isEmpty() || value instanceof Value.Token) {
        return value;
      }
      return like(
          value, value.entries().stream().map(e -> Rational.of(e.toDecimal(places()))).toList());
    }

    /** Whether {@code given} is right for {@code expected}: equal, or within the tolerance. */
    boolean right(Value given, Value expected) {
      return given instanceof Value.Token
          ? given.equals(expected)
          : given.sameShape(expected)
              && Tolerances.differences(given, expected, tolerance()).isEmpty();
    }
  }

  /**
   * Every shipped rubric (the handout by its own rule, the rest by the derived one), and three
   * networks written only for this test, which the diagnosis was not tuned on.
   */
  private static final List<String> RUBRICS =
      List.of(
          "rubrics/rnn-by-hand.json",
          "rubrics/mlp-backprop.json",
          "rubrics/stacked-rnn.json",
          "rubrics/jordan-rnn.json",
          "rubrics/attention.json",
          "rubrics/lstm-step.json",
          "rubrics/cross-entropy.json",
          "rubrics/conv-pool.json",
          "rubrics/batch-norm.json",
          "rubrics/kmeans-step.json",
          "rubrics/bigram-add-one.json",
          "rubrics/entropy-gain.json",
          "rubrics/tfidf-cosine.json",
          "rubrics/two-head-attention.json",
          "rubrics/hmm-forward.json",
          "rubrics/viterbi.json",
          "rubrics/gradient-descent.json",
          "src/test/resources/unseen/rnn-bias.json",
          "src/test/resources/unseen/residual-mlp.json",
          "src/test/resources/unseen/softmax-regression.json");

  static List<String> rubrics() {
    return RUBRICS;
  }

  @ParameterizedTest
  @MethodSource("rubrics")
  void mutationsAreNamed_andSlipsAreNotMislabelled(String path) {
    Rubric rubric = new RubricLoader().load(Path.of(path));
    String id = rubric.id();
    ItemJudge judge = new ItemJudge(rubric);
    List<Asked> asked = asked(rubric);
    int traces = 0;
    int named = 0;
    int exact = 0;
    int laterRight = 0;
    int later = 0;
    List<String> missed = new ArrayList<>();
    for (Mutant mutant : rubric.mistakes()) {
      for (int k = 0; k < asked.size(); k++) {
        Optional<Value> wrong = mistaken(rubric, mutant, asked, k);
        if (wrong.isEmpty()) {
          continue;
        }
        Optional<Map<Node, Value>> carried = carried(rubric, asked, k, wrong.get());
        if (carried.isEmpty() || placeholderLater(rubric, asked, k, carried.get())) {
          continue;
        }
        Map<Node, Value> own = carried.get();
        Submission student = submission(rubric, asked, own);
        ItemResult result = judge.judge(student, asked.get(k).rubricItem());
        traces++;
        String mutation = mutant.mutation().id();
        Optional<Diagnosis> diagnosis = result.diagnosis();
        boolean isNamed =
            diagnosis
                .filter(
                    d -> d.id().equals(mutation) || d.explanation().contains("(" + mutation + ")"))
                .isPresent();
        named += isNamed ? 1 : 0;
        exact += diagnosis.filter(d -> d.id().equals(mutation)).isPresent() ? 1 : 0;
        if (!isNamed) {
          missed.add(
              mutation + " at " + asked.get(k).node() + " -> " + diagnosis.map(Diagnosis::id));
        }
        for (int j = k + 1; j < asked.size(); j++) {
          Status status = judge.judge(student, asked.get(j).rubricItem()).status();
          later++;
          laterRight += status == Status.CORRECT || status == Status.FOLLOWTHROUGH ? 1 : 0;
        }
      }
    }
    System.out.printf(
        "%s: %d mutations; %d wrong traces, named %d (%.1f%%), first id %d (%.1f%%);"
            + " later items correct or follow-through %d of %d%n",
        id,
        rubric.mistakes().size(),
        traces,
        named,
        100.0 * named / traces,
        exact,
        100.0 * exact / traces,
        laterRight,
        later);
    missed.forEach(m -> System.out.println("  not named: " + m));
    assertThat(traces).isPositive();
    if (rubric.handout().isPresent()) {
      // The handout keeps its catalogue's verdicts (HandoutVerdictsTest pins them), which name one
      // mistake only: a step where next-word and argmin predict the same token says next-word.
      assertThat(missed)
          .as("diagnosed as another of the handout's mistakes")
          .allMatch(m -> !m.endsWith("Optional.empty"));
    } else {
      // Integer comparisons: named / traces >= 95 %, mislabelled / slips <= 5 %.
      assertThat(named * 100L).as("named, %s", missed).isGreaterThanOrEqualTo(traces * 95L);
    }
    assertThat(laterRight).isEqualTo(later);
  }

  /** Over every rubric's slips together, as the target is stated: at most 5 % given a diagnosis. */
  @Test
  void slipsAreRarelyGivenADiagnosis() {
    int slips = 0;
    int diagnosed = 0;
    for (String path : RUBRICS) {
      Rubric rubric = new RubricLoader().load(Path.of(path));
      String id = rubric.id();
      int[] figures = slips(rubric, new ItemJudge(rubric), asked(rubric));
      System.out.printf(
          "%s: slips %d, given a diagnosis %d (%.1f%%)%n",
          id, figures[0], figures[1], 100.0 * figures[1] / figures[0]);
      slips += figures[0];
      diagnosed += figures[1];
    }
    System.out.printf(
        "all: slips %d, given a diagnosis %d (%.1f%%)%n",
        slips, diagnosed, 100.0 * diagnosed / slips);
    assertThat(diagnosed * 100L).isLessThanOrEqualTo(slips * 5L);
  }

  private static List<Asked> asked(Rubric rubric) {
    return rubric.items().stream().filter(i -> !i.manual()).map(Asked::new).toList();
  }

  /**
   * What the mutation gives at item k from the reference answers before it, when that is wrong and
   * no placeholder.
   */
  private static Optional<Value> mistaken(Rubric rubric, Mutant mutant, List<Asked> asked, int k) {
    Asked at = asked.get(k);
    Node node = at.node();
    Value reference = rubric.network().reference().value(node);
    try {
      Value value =
          mutant
              .network()
              .recompute(
                  node,
                  n ->
                      asked.stream()
                          .filter(a -> a.node().equals(n))
                          .findFirst()
                          .map(a -> a.written(rubric.network().reference().value(n))));
      value = at.written(value);
      // From the answers before it as written (rounded), the item may miss the exact reference by
      // more than the tolerance without any mistake: only a change of that value is the mutation's.
      Value unmistaken =
          at.written(
              rubric
                  .network()
                  .recompute(
                      node,
                      n ->
                          asked.stream()
                              .filter(a -> a.node().equals(n))
                              .findFirst()
                              .map(a -> a.written(rubric.network().reference().value(n)))));
      boolean degenerate =
          value instanceof Value.Token t && t.ids().size() == rubric.vocabulary().size();
      return !value.sameShape(reference)
              || at.right(value, reference)
              || value.equals(unmistaken)
              || Shapes.isPlaceholder(value)
              || degenerate
          ? Optional.empty()
          : Optional.of(value);
    } catch (EquationException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The reference before item k, {@code wrong} at k, and every later item computed from those;
   * empty when they cannot be computed from it (a centroid of an empty cluster, the square root of
   * a slipped negative variance), which no student could carry forward either.
   */
  private static Optional<Map<Node, Value>> carried(
      Rubric rubric, List<Asked> asked, int k, Value wrong) {
    try {
      return Optional.of(carriedOrThrow(rubric, asked, k, wrong));
    } catch (dev.byhand.network.EquationException cannotCarry) {
      return Optional.empty();
    }
  }

  private static Map<Node, Value> carriedOrThrow(
      Rubric rubric, List<Asked> asked, int k, Value wrong) {
    Map<Node, Value> own = new HashMap<>();
    for (int j = 0; j < asked.size(); j++) {
      Node node = asked.get(j).node();
      Value value =
          j < k
              ? asked.get(j).written(rubric.network().reference().value(node))
              : j == k
                  ? wrong
                  : asked
                      .get(j)
                      .written(
                          rubric.network().recompute(node, n -> Optional.ofNullable(own.get(n))));
      own.put(node, value);
    }
    return own;
  }

  /**
   * Whether a later answer carried forward is a placeholder (zeros, or a tie of every token):
   * follow-through rightly treats such an answer as a placeholder, so the trace cannot test it.
   */
  private static boolean placeholderLater(
      Rubric rubric, List<Asked> asked, int k, Map<Node, Value> own) {
    for (int j = k + 1; j < asked.size(); j++) {
      Value value = own.get(asked.get(j).node());
      if (Shapes.isPlaceholder(value)
          || value instanceof Value.Token t && t.ids().size() == rubric.vocabulary().size()) {
        return true;
      }
    }
    return false;
  }

  /**
   * {slips, slips given a diagnosis}: one entry of one numeric item (not an index) off by 1 to 9
   * units of the last decimal the item asks for (of 1 for an exact item), carried forward.
   */
  private static int[] slips(Rubric rubric, ItemJudge judge, List<Asked> asked) {
    Random random = new Random(SEED);
    List<Integer> numeric = new ArrayList<>();
    for (int k = 0; k < asked.size(); k++) {
      Node node = asked.get(k).node();
      // An index off by a few is another choice, not an arithmetic slip (and often no index).
      if (!(rubric.network().reference().value(node) instanceof Value.Token)
          && !rubric.network().isIndex(node.quantity())) {
        numeric.add(k);
      }
    }
    int diagnosed = 0;
    int counted = 0;
    for (int s = 0; s < SLIPS; s++) {
      int k = numeric.get(random.nextInt(numeric.size()));
      Asked slip = asked.get(k);
      Value reference = slip.written(rubric.network().reference().value(slip.node()));
      Rational unit = Rational.of(BigDecimal.ONE.scaleByPowerOfTen(-slip.places()));
      List<Rational> entries = new ArrayList<>(reference.entries());
      int at = random.nextInt(entries.size());
      int delta = (random.nextInt(9) + 1) * (random.nextBoolean() ? 1 : -1);
      entries.set(at, entries.get(at).add(unit.multiply(Rational.of(delta))));
      Value slipped = like(reference, entries);
      if (Shapes.isPlaceholder(slipped)) {
        entries.set(at, entries.get(at).add(unit));
        slipped = like(reference, entries);
      }
      Optional<Map<Node, Value>> carried = carried(rubric, asked, k, slipped);
      if (carried.isEmpty()) {
        continue;
      }
      counted++;
      Submission student = submission(rubric, asked, carried.get());
      diagnosed += judge.judge(student, asked.get(k).rubricItem()).diagnosis().isPresent() ? 1 : 0;
    }
    return new int[] {counted, diagnosed};
  }

  private static Value like(Value shape, List<Rational> entries) {
    if (shape instanceof Value.Scalar) {
      return new Value.Scalar(entries.get(0));
    }
    if (shape instanceof Value.Vec) {
      return new Value.Vec(new Vector(entries));
    }
    int columns = ((Value.Mat) shape).value().columnCount();
    List<Vector> rows = new ArrayList<>();
    for (int r = 0; r < entries.size(); r += columns) {
      rows.add(new Vector(entries.subList(r, r + columns)));
    }
    return new Value.Mat(new Matrix(rows));
  }

  private static Submission submission(Rubric rubric, List<Asked> asked, Map<Node, Value> own) {
    List<Answer> answers = new ArrayList<>();
    for (int j = 0; j < asked.size(); j++) {
      Asked a = asked.get(j);
      String key = a.question().key(a.item());
      Value value = own.get(a.node());
      // A matrix as the readers hand it on: its entries, and how many a row.
      List<Integer> rows =
          value instanceof Value.Mat m
              ? java.util.Collections.nCopies(m.value().rowCount(), m.value().columnCount())
              : List.of();
      List<String> cells =
          value instanceof Value.Token
              ? cells(rubric, value)
              : value.entries().stream().map(e -> text(e, a.places())).toList();
      answers.add(
          new Answer(
              new AnswerKey(a.question().id(), a.item().name()),
              key,
              cells,
              Location.ofLine("s.csv", j + 1),
              key,
              rows));
    }
    return new Submission(
        "s", Path.of("s.csv"), Optional.of(Format.CSV), answers, List.of(), Optional.empty());
  }

  private static List<String> cells(Rubric rubric, Value value) {
    return List.of(rubric.vocabulary().word(((Value.Token) value).first()));
  }

  /** An entry as a student writes it: a decimal with the item's places, or an exact rational. */
  private static String text(Rational entry, int places) {
    return places == 0 ? entry.toString() : entry.toDecimal(places).toPlainString();
  }
}
