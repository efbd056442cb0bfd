package dev.byhand.grading.misconception;

import dev.byhand.rnn.ElmanRnn;
import dev.byhand.rnn.Vector;
import java.util.List;

/** The pre-activation, not the hidden state after ReLU, was carried to the next step. */
final class PreactivationCarried extends VariantMisconception {
  PreactivationCarried() {
    super(
        "preactivation-carried",
        "This is what you get by carrying the value before the ReLU into the next step: the next"
            + " step starts from h_{t-1} after the ReLU.");
  }

  @Override
  List<Variant> variants(ElmanRnn model) {
    return List.of(
        new Variant() {
          @Override
          public StepValues step(ElmanRnn m, Vector carried, int tokenId) {
            Vector pre = Variant.preActivation(m, carried, tokenId);
            return new StepValues(pre, pre, m.activation().apply(pre));
          }
        });
  }
}
