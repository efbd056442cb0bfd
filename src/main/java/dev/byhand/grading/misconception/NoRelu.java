package dev.byhand.grading.misconception;

import dev.byhand.rnn.ElmanRnn;
import dev.byhand.rnn.Vector;
import java.util.List;

/** The activation was skipped: negative pre-activations were kept in the hidden state. */
final class NoRelu extends VariantMisconception {
  NoRelu() {
    super(
        "no-relu",
        "This is what you get without the ReLU: after h·W + x·U, set every negative entry to 0"
            + " before using the hidden state.");
  }

  @Override
  List<Variant> variants(ElmanRnn model) {
    return List.of(
        new Variant() {
          @Override
          public StepValues step(ElmanRnn m, Vector carried, int tokenId) {
            Vector pre = Variant.preActivation(m, carried, tokenId);
            return new StepValues(pre, pre, pre);
          }
        });
  }
}
