package dev.byhand.rubric;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import dev.byhand.network.Equation;
import dev.byhand.network.Mutant;
import dev.byhand.network.Mutation;
import dev.byhand.network.Network;
import dev.byhand.network.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The handout's mistakes as mutations of its five equations ({@link ModelReader#HANDOUT}), each a
 * derived operator at one site under the handout's own id and sentence (docs/MISCONCEPTIONS.md):
 * {@code no-relu} drops the activation, {@code relu-logits} is {@code extra-relu} on the logits,
 * {@code no-recurrence} drops the term {@code hidden_{t-1} @ W}, {@code transposed} transposes W, U
 * or V where the shapes allow and the matrix is not symmetric, {@code embedding-row} reads the
 * neighbouring row of E counted round the vocabulary, {@code preactivation-carried} is {@code
 * carried}, {@code argmin} replaces argmax. In the order they are tried. Stateless.
 */
final class HandoutMistakes {
  /** The handout's one mistake about the sentence: its next word given as the prediction. */
  static final Rubric.Stated NEXT_WORD =
      new Rubric.Stated(
          "next-word",
          "That is the next word of the sentence, not the model's prediction: the model predicts"
              + " the token whose logit is largest, right or wrong.");

  private HandoutMistakes() {}

  /** The handout network's mistakes, each compiled once over its values. */
  static List<Mutant> of(Network network, String activation) {
    List<Mutant> mutants = new ArrayList<>();
    for (Mutation mutation : mutations(network, activation)) {
      network.mutant(mutation).ifPresent(m -> mutants.add(new Mutant(mutation, m)));
    }
    return List.copyOf(mutants);
  }

  private static List<Mutation> mutations(Network network, String activation) {
    Map<String, Value> values = network.values();
    Matrix w = matrix(values, "W");
    Matrix u = matrix(values, "U");
    Matrix v = matrix(values, "V");
    List<Mutation> mutations = new ArrayList<>();
    mutations.add(
        mutation(
            network,
            "no-relu",
            "no-" + activation,
            "hidden_t = preactivation_t",
            "This is what you get without the ReLU: after h·W + x·U, set every negative entry to 0"
                + " before using the hidden state."));
    mutations.add(
        mutation(
            network,
            "relu-logits",
            "extra-relu",
            "logits_t = relu(hidden_t @ V)",
            "This is what you get by applying the ReLU to the logits as well: the logits are h·V as"
                + " they are, negative entries included."));
    mutations.add(
        mutation(
            network,
            "no-recurrence",
            "dropped-term",
            "preactivation_t = input_t @ U",
            "This is what you get by leaving out the recurrence: the new hidden state also needs the"
                + " previous one, h_{t-1}·W, added to x·U."));
    if (!w.transpose().equals(w)) {
      mutations.add(transposed(network, "preactivation_t = hidden_{t-1} @ W^T + input_t @ U"));
    }
    if (u.rowCount() == u.columnCount() && !u.transpose().equals(u)) {
      mutations.add(transposed(network, "preactivation_t = hidden_{t-1} @ W + input_t @ U^T"));
    }
    if (v.rowCount() == v.columnCount() && !v.transpose().equals(v)) {
      mutations.add(transposed(network, "logits_t = hidden_t @ V^T"));
    }
    int words = matrix(values, "E").rowCount();
    mutations.add(embeddingRow(network, "E_next", rotation(words, 1)));
    mutations.add(embeddingRow(network, "E_previous", rotation(words, -1)));
    mutations.add(
        new Mutation(
            "preactivation-carried",
            "carried",
            "hidden",
            equation(network, "preactivation"),
            Equation.parse("preactivation_t = preactivation_{t-1} @ W + input_t @ U"),
            List.of(),
            Map.of("preactivation_0", values.get("hidden_0")),
            "This is what you get by carrying the value before the ReLU into the next step: the"
                + " next step starts from h_{t-1} after the ReLU."));
    mutations.add(
        mutation(
            network,
            "argmin",
            "argmin",
            "prediction_t = argmin(logits_t)",
            "That is the token with the smallest logit; the model predicts the one with the"
                + " largest."));
    return mutations;
  }

  private static Mutation transposed(Network network, String changed) {
    return mutation(
        network,
        "transposed",
        "transposed",
        changed,
        "This is what you get with a weight matrix transposed (W·h instead of h·W): the handout"
            + " multiplies row vectors from the left, h·W, x·U and h·V.");
  }

  /**
   * Row {@code x_t ± 1} of E, counted round the vocabulary (BOS - 1 is the last word's row): a
   * helper equation rotates E's rows by a permutation, so every step can read it and a variant's
   * own E is rotated too.
   */
  private static Mutation embeddingRow(Network network, String name, Matrix rotation) {
    String permutation = "P" + name.substring(1);
    return new Mutation(
        "embedding-row",
        "neighbour-row",
        name,
        equation(network, "input"),
        Equation.parse("input_t = " + name + "[x_t]"),
        List.of(Equation.parse(name + " = " + permutation + " @ E")),
        Map.of(permutation, new Value.Mat(rotation)),
        "This is what you get with the wrong row of E: token ids count from 0, so BOS is row 1 of"
            + " the matrix as printed, \"the\" row 2, and so on.");
  }

  /** The permutation whose product with E has row {@code i + shift} of E as row {@code i}. */
  private static Matrix rotation(int size, int shift) {
    List<Vector> rows = new ArrayList<>();
    for (int row = 0; row < size; row++) {
      Rational[] entries = new Rational[size];
      java.util.Arrays.fill(entries, Rational.ZERO);
      entries[Math.floorMod(row + shift, size)] = Rational.ONE;
      rows.add(new Vector(List.of(entries)));
    }
    return new Matrix(rows);
  }

  private static Mutation mutation(
      Network network, String id, String operator, String changed, String sentence) {
    Equation parsed = Equation.parse(changed);
    return new Mutation(
        id,
        operator,
        parsed.name(),
        equation(network, parsed.name()),
        parsed,
        List.of(),
        Map.of(),
        sentence);
  }

  private static Equation equation(Network network, String quantity) {
    return network.equation(quantity).orElseThrow();
  }

  private static Matrix matrix(Map<String, Value> values, String name) {
    return Optional.ofNullable(values.get(name))
        .filter(Value.Mat.class::isInstance)
        .map(m -> ((Value.Mat) m).value())
        .orElseThrow(() -> new IllegalStateException("the handout has no matrix " + name));
  }
}
