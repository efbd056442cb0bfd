package dev.byhand.grading.misconception;

import dev.byhand.rnn.ElmanRnn;
import dev.byhand.rnn.Vector;
import java.util.ArrayList;
import java.util.List;

/** A neighbouring row of E was looked up, e.g. token ids counted from 1. */
final class EmbeddingRow extends VariantMisconception {
  EmbeddingRow() {
    super(
        "embedding-row",
        "This is what you get with the wrong row of E: token ids count from 0, so BOS is row 1 of"
            + " the matrix as printed, \"the\" row 2, and so on.");
  }

  @Override
  List<Variant> variants(ElmanRnn model) {
    List<Variant> variants = new ArrayList<>();
    for (int shift : new int[] {1, -1}) {
      variants.add(
          new Variant() {
            @Override
            public StepValues step(ElmanRnn m, Vector carried, int tokenId) {
              int row = Math.floorMod(tokenId + shift, m.vocabularySize());
              Vector pre =
                  carried.times(m.recurrent()).plus(m.embedding().row(row).times(m.input()));
              Vector hidden = m.activation().apply(pre);
              return new StepValues(hidden, pre, hidden);
            }
          });
    }
    return variants;
  }
}
