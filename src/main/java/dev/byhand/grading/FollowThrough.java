package dev.byhand.grading;

import dev.byhand.rnn.ElmanRnn;
import dev.byhand.rnn.Step;
import dev.byhand.rnn.Vector;
import dev.byhand.rubric.ItemKind;
import dev.byhand.rubric.Rubric;
import java.util.Optional;
import java.util.SortedSet;

/**
 * What an item should be given the student's own earlier answers, when those differ from the
 * reference: h_t from their h_{t-1} (and the right input row), logits from their h_t, the prediction
 * from their logits. Empty when the item does not depend on a wrong earlier answer of theirs (a
 * missing or unreadable one included: then the item is judged against the reference only).
 */
final class FollowThrough {
  /** The value the student's own inputs lead to, and which of their answers it came from. */
  record Target(Vector vector, SortedSet<Integer> tokens, StudentValues.Own from) {}

  private final Rubric rubric;

  FollowThrough(Rubric rubric) {
    this.rubric = rubric;
  }

  Optional<Target> target(ItemKind kind, int step, StudentValues values) {
    ElmanRnn model = rubric.model();
    int hiddenSize = model.initialHidden().size();
    return switch (kind) {
      case HIDDEN, PREACTIVATION -> step == 1 ? Optional.empty()
          : wrongOwn(values, step - 1, ItemKind.HIDDEN, rubric.reference().step(step - 1).hidden(), hiddenSize)
              .map(own -> {
                Step next = model.step(step, own.value(), rubric.sentence().get(step - 1));
                Vector value = kind == ItemKind.HIDDEN ? next.hidden() : next.preActivation();
                return new Target(value, next.predicted(), own);
              });
      case LOGITS -> wrongOwn(values, step, ItemKind.HIDDEN, rubric.reference().step(step).hidden(), hiddenSize)
          .map(own -> {
            Vector logits = own.value().times(model.output());
            return new Target(logits, ElmanRnn.argmax(logits), own);
          });
      case PREDICTION -> wrongOwn(values, step, ItemKind.LOGITS, rubric.reference().step(step).logits(),
              model.vocabularySize())
          .map(own -> new Target(own.value(), ElmanRnn.argmax(own.value()), own));
      case INPUT, MANUAL -> Optional.empty();
    };
  }

  private static Optional<StudentValues.Own> wrongOwn(
      StudentValues values, int step, ItemKind kind, Vector reference, int size) {
    return values.vector(step, kind).filter(own -> own.value().size() == size && !own.value().equals(reference));
  }
}
