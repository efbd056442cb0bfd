package dev.byhand.grading.misconception;

import dev.byhand.rnn.ElmanRnn;
import dev.byhand.rnn.Vector;
import java.util.List;

/** The recurrent term h_{t-1}·W was left out. */
final class NoRecurrence extends VariantMisconception {
  NoRecurrence() {
    super(
        "no-recurrence",
        "This is what you get by leaving out the recurrence: the new hidden state also needs the"
            + " previous one, h_{t-1}·W, added to x·U.");
  }

  @Override
  List<Variant> variants(ElmanRnn model) {
    return List.of(
        new Variant() {
          @Override
          public StepValues step(ElmanRnn m, Vector carried, int tokenId) {
            Vector pre = m.embedding().row(tokenId).times(m.input());
            Vector hidden = m.activation().apply(pre);
            return new StepValues(hidden, pre, hidden);
          }
        });
  }
}
