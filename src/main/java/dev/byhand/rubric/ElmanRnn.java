package dev.byhand.rubric;

import static java.util.Objects.requireNonNull;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The handout's Elman RNN in row-vector convention: {@code h_t = act(h_{t-1}·W + E[token]·U)} and
 * {@code logits_t = h_t·V}. Exact arithmetic throughout; immutable and thread-safe.
 *
 * @param embedding E, one row per token id (vocabulary × d)
 * @param input U (d × hidden)
 * @param recurrent W (hidden × hidden)
 * @param output V (hidden × vocabulary)
 */
public record ElmanRnn(
    Matrix embedding,
    Matrix input,
    Matrix recurrent,
    Matrix output,
    Vector initialHidden,
    Activation activation) {

  /** Rejects matrices whose shapes do not chain; messages name the matrices involved. */
  public ElmanRnn {
    requireNonNull(embedding, "embedding");
    requireNonNull(input, "input");
    requireNonNull(recurrent, "recurrent");
    requireNonNull(output, "output");
    requireNonNull(initialHidden, "initialHidden");
    requireNonNull(activation, "activation");
    int hidden = initialHidden.size();
    check(
        embedding.columnCount() == input.rowCount(),
        "E is "
            + embedding.shape()
            + " and U is "
            + input.shape()
            + ": U needs one row per column of E ("
            + embedding.columnCount()
            + ")");
    check(
        input.columnCount() == hidden,
        "U is "
            + input.shape()
            + " but h0 has "
            + hidden
            + " entries: U needs "
            + hidden
            + " columns");
    check(
        recurrent.rowCount() == hidden && recurrent.columnCount() == hidden,
        "W is "
            + recurrent.shape()
            + " but h0 has "
            + hidden
            + " entries: W must be "
            + hidden
            + "×"
            + hidden);
    check(
        output.rowCount() == hidden,
        "V is "
            + output.shape()
            + " but h0 has "
            + hidden
            + " entries: V needs "
            + hidden
            + " rows");
    check(
        output.columnCount() == embedding.rowCount(),
        "V is "
            + output.shape()
            + " but E has "
            + embedding.rowCount()
            + " rows (one per word): V needs one column per word");
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  public int vocabularySize() {
    return embedding.rowCount();
  }

  /** One step from {@code previousHidden} reading {@code tokenId}. */
  public Step step(int position, Vector previousHidden, int tokenId) {
    if (tokenId < 0 || tokenId >= vocabularySize()) {
      throw new IllegalArgumentException(
          "token id " + tokenId + " is outside 0.." + (vocabularySize() - 1));
    }
    Vector in = embedding.row(tokenId);
    Vector pre = previousHidden.times(recurrent).plus(in.times(input));
    Vector hidden = activation.apply(pre);
    Vector logits = hidden.times(output);
    return new Step(position, tokenId, in, pre, hidden, logits, argmax(logits));
  }

  /** Runs the whole sentence from {@link #initialHidden()}. */
  public Trace run(List<Integer> tokenIds) {
    List<Step> steps = new ArrayList<>(tokenIds.size());
    Vector hidden = initialHidden;
    for (int i = 0; i < tokenIds.size(); i++) {
      Step step = step(i + 1, hidden, tokenIds.get(i));
      steps.add(step);
      hidden = step.hidden();
    }
    return new Trace(initialHidden, steps);
  }

  /** Every index holding the largest entry: ties are kept, not broken. */
  public static SortedSet<Integer> argmax(Vector logits) {
    SortedSet<Integer> best = new TreeSet<>();
    Rational max = null;
    for (int i = 0; i < logits.size(); i++) {
      Rational value = logits.get(i);
      int order = max == null ? 1 : value.compareTo(max);
      if (order > 0) {
        best.clear();
        max = value;
      }
      if (order >= 0) {
        best.add(i);
      }
    }
    return best;
  }
}
