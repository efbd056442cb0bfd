package dev.byhand.grading;

import dev.byhand.rnn.ElmanRnn;
import dev.byhand.rnn.Vector;
import dev.byhand.rubric.ItemKind;
import dev.byhand.rubric.Rubric;
import java.util.Optional;
import java.util.SortedSet;

/**
 * What an item should be given the student's own earlier answers, when those differ from the
 * reference: the pre-activation from their input row (or their h_{t-1}), h_t from their
 * pre-activation (or their h_{t-1}), logits from their h_t, the prediction from their logits. Empty
 * when the item does not depend on a wrong earlier answer of theirs: a missing or unreadable one
 * (then the item is judged against the reference only), or a degenerate one — an all-zero vector, or
 * logits that tie for every token — which would let placeholders earn follow-through credit.
 */
final class FollowThrough {
  /**
   * The value the student's own inputs lead to, the answer it came from, and the earliest wrong
   * answer of theirs that the chain goes back to (where the error really is).
   */
  record Target(Vector vector, SortedSet<Integer> tokens, StudentValues.Own from, StudentValues.Own root) {}

  private final Rubric rubric;

  FollowThrough(Rubric rubric) {
    this.rubric = rubric;
  }

  Optional<Target> target(ItemKind kind, int step, StudentValues values) {
    return direct(kind, step, values).map(t -> new Target(t.vector(), t.tokens(), t.from(), root(t.from(), values)));
  }

  private Optional<Target> direct(ItemKind kind, int step, StudentValues values) {
    ElmanRnn model = rubric.model();
    return switch (kind) {
      case PREACTIVATION -> own(values, step, ItemKind.INPUT)
          .map(in -> target(previousHidden(step, values).times(model.recurrent()).plus(in.value().times(model.input())), in))
          .or(() -> ownPrevious(step, values).map(h -> target(pre(h.value(), step), h)));
      case HIDDEN -> own(values, step, ItemKind.PREACTIVATION)
          .map(pre -> target(model.activation().apply(pre.value()), pre))
          .or(() -> ownPrevious(step, values).map(h -> target(model.activation().apply(pre(h.value(), step)), h)));
      case LOGITS -> own(values, step, ItemKind.HIDDEN).map(h -> target(h.value().times(model.output()), h));
      case PREDICTION -> own(values, step, ItemKind.LOGITS)
          .filter(logits -> ElmanRnn.argmax(logits.value()).size() < logits.value().size())
          .map(logits -> target(logits.value(), logits));
      case INPUT, MANUAL -> Optional.empty();
    };
  }

  /** Walks back while each earlier answer is itself right for the student's own inputs. */
  private StudentValues.Own root(StudentValues.Own from, StudentValues values) {
    StudentValues.Own current = from;
    for (int guard = 0; guard < 4 * rubric.sentence().size() + 4; guard++) {
      StudentValues.Own here = current;
      Optional<Target> earlier = direct(here.kind(), here.step(), values)
          .filter(t -> t.vector().equals(here.value()));
      if (earlier.isEmpty()) {
        return current;
      }
      current = earlier.get().from();
    }
    return current;
  }

  private Target target(Vector vector, StudentValues.Own from) {
    return new Target(vector, ElmanRnn.argmax(vector), from, from);
  }

  private Vector pre(Vector previous, int step) {
    ElmanRnn model = rubric.model();
    return previous.times(model.recurrent())
        .plus(model.embedding().row(rubric.sentence().get(step - 1)).times(model.input()));
  }

  private Vector previousHidden(int step, StudentValues values) {
    return ownPrevious(step, values).map(StudentValues.Own::value)
        .orElse(step == 1 ? rubric.reference().initialHidden() : rubric.reference().step(step - 1).hidden());
  }

  private Optional<StudentValues.Own> ownPrevious(int step, StudentValues values) {
    return step == 1 ? Optional.empty() : own(values, step - 1, ItemKind.HIDDEN);
  }

  /** The student's own value of {@code kind} at {@code step}, when it is wrong, the right size and not all zeros. */
  private Optional<StudentValues.Own> own(StudentValues values, int step, ItemKind kind) {
    Vector reference = Verdicts.expectedVector(rubric.reference().step(step), kind);
    return values.vector(step, kind).filter(own -> own.value().size() == reference.size()
        && !own.value().equals(reference)
        && own.value().entries().stream().anyMatch(x -> x.signum() != 0));
  }
}
