package dev.byhand.grading.misconception;

import dev.byhand.rnn.Activation;
import dev.byhand.rnn.ElmanRnn;
import dev.byhand.rnn.Vector;
import java.util.List;

/** The ReLU was applied to the logits too. */
final class ReluLogits extends VariantMisconception {
  ReluLogits() {
    super(
        "relu-logits",
        "This is what you get by applying the ReLU to the logits as well: the logits are h·V as"
            + " they are, negative entries included.");
  }

  @Override
  List<Variant> variants(ElmanRnn model) {
    return List.of(
        new Variant() {
          @Override
          public Vector logits(ElmanRnn m, Vector hidden) {
            return Activation.RELU.apply(hidden.times(m.output()));
          }

          @Override
          public boolean changesLogits() {
            return true;
          }
        });
  }
}
