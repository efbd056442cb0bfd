package dev.byhand.grading.misconception;

import dev.byhand.rnn.ElmanRnn;
import dev.byhand.rnn.Matrix;
import dev.byhand.rnn.Vector;
import java.util.ArrayList;
import java.util.List;

/**
 * A weight matrix used transposed (the column-vector convention W·h instead of h·W). Tried for each
 * of W, U and V whose transpose still fits the shapes.
 */
final class Transposed extends VariantMisconception {
  Transposed() {
    super(
        "transposed",
        "This is what you get with a weight matrix transposed (W·h instead of h·W): the handout"
            + " multiplies row vectors from the left, h·W, x·U and h·V.");
  }

  @Override
  List<Variant> variants(ElmanRnn model) {
    List<Variant> variants = new ArrayList<>();
    Matrix w = model.recurrent().transpose();
    if (!w.equals(model.recurrent())) {
      variants.add(stepWith(w, model.input()));
    }
    Matrix u = model.input().transpose();
    if (u.rowCount() == model.input().rowCount() && !u.equals(model.input())) {
      variants.add(stepWith(model.recurrent(), u));
    }
    Matrix v = model.output().transpose();
    if (v.rowCount() == model.output().rowCount()
        && v.columnCount() == model.output().columnCount()
        && !v.equals(model.output())) {
      variants.add(
          new Variant() {
            @Override
            public Vector logits(ElmanRnn m, Vector hidden) {
              return hidden.times(v);
            }

            @Override
            public boolean changesLogits() {
              return true;
            }
          });
    }
    return variants;
  }

  private static Variant stepWith(Matrix recurrent, Matrix input) {
    return new Variant() {
      @Override
      public StepValues step(ElmanRnn m, Vector carried, int tokenId) {
        Vector pre = carried.times(recurrent).plus(m.embedding().row(tokenId).times(input));
        Vector hidden = m.activation().apply(pre);
        return new StepValues(hidden, pre, hidden);
      }
    };
  }
}
