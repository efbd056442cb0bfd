package dev.byhand.grading.misconception;

import dev.byhand.rnn.ElmanRnn;
import dev.byhand.rnn.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A mistake in how the network is run. Its outcomes are the mistaken run from the start of the
 * sentence, one mistaken step from the reference's previous state, one from the student's own
 * previous state, and (for a mistake in the logits) the mistaken logits of the student's own h.
 */
abstract class VariantMisconception implements Misconception {
  private final String id;
  private final String explanation;

  VariantMisconception(String id, String explanation) {
    this.id = id;
    this.explanation = explanation;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String explanation() {
    return explanation;
  }

  /** The ways this mistake can be made with {@code model}; empty when shapes do not allow it. */
  abstract List<Variant> variants(ElmanRnn model);

  @Override
  public final List<Outcome> outcomes(Situation situation) {
    ElmanRnn model = situation.rubric().model();
    List<Outcome> outcomes = new ArrayList<>();
    for (Variant variant : variants(model)) {
      fromStart(variant, model, situation).ifPresent(outcomes::add);
      outcomes.add(oneStep(variant, model, situation.referencePrevious(), situation.tokenId()));
      situation.studentPrevious()
          .filter(h -> h.size() == model.initialHidden().size())
          .ifPresent(h -> outcomes.add(oneStep(variant, model, h, situation.tokenId())));
      if (variant.changesLogits()) {
        outcomes.add(Outcome.ofLogits(variant.logits(model, situation.reference().hidden())));
        situation.studentHidden()
            .filter(h -> h.size() == model.initialHidden().size())
            .ifPresent(h -> outcomes.add(Outcome.ofLogits(variant.logits(model, h))));
      }
    }
    return outcomes;
  }

  /**
   * The mistaken run from the start, unless the student's own previous hidden state shows they did
   * not make this mistake before (then it cannot explain this step either).
   */
  private static Optional<Outcome> fromStart(Variant variant, ElmanRnn model, Situation situation) {
    Vector carried = model.initialHidden();
    Vector shown = model.initialHidden();
    for (int position = 1; position < situation.step(); position++) {
      Variant.StepValues values = variant.step(model, carried, situation.rubric().sentence().get(position - 1));
      carried = values.carried();
      shown = values.hidden();
    }
    Vector previousShown = shown;
    if (situation.studentPrevious().filter(h -> !h.equals(previousShown)).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(oneStep(variant, model, carried, situation.tokenId()));
  }

  private static Outcome oneStep(Variant variant, ElmanRnn model, Vector previous, int tokenId) {
    Variant.StepValues values = variant.step(model, previous, tokenId);
    return Outcome.ofStep(values.preActivation(), values.hidden(), variant.logits(model, values.hidden()));
  }
}
