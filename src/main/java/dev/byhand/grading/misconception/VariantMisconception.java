package dev.byhand.grading.misconception;

import dev.byhand.rnn.ElmanRnn;
import dev.byhand.rnn.Vector;
import dev.byhand.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A mistake in how the network is run. Its outcomes are the mistaken run from the start of the
 * sentence, one mistaken step from the reference's previous state, one from the student's own
 * previous state, and (for a mistake in the logits) the mistaken logits of the reference's and the
 * student's own h; the student's are left out where their value is the reference's.
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
  public final StepOutcomes prepare(Rubric rubric, int step) {
    ElmanRnn model = rubric.elman().orElseThrow().model();
    Situation reference =
        new Situation(rubric, step, Optional.empty(), Optional.empty(), Optional.empty());
    List<Prepared> prepared = new ArrayList<>();
    for (Variant variant : variants(model)) {
      prepared.add(
          new Prepared(
              variant,
              fromStart(variant, reference),
              oneStep(variant, model, reference.referencePrevious(), reference.tokenId()),
              variant.changesLogits()
                  ? Optional.of(
                      Outcome.ofLogits(variant.logits(model, reference.reference().hidden())))
                  : Optional.empty()));
    }
    return situation -> outcomes(prepared, model, situation);
  }

  /**
   * One variant's outcomes that follow from the reference alone: the mistaken run from the start
   * (and the h_{t-1} it shows), one mistaken step from the reference's h_{t-1}, and, for a mistake
   * in the logits, the mistaken logits of the reference's h.
   */
  private record Prepared(
      Variant variant,
      FromStart fromStart,
      Outcome fromReference,
      Optional<Outcome> referenceLogits) {}

  private record FromStart(Vector previousShown, Outcome outcome) {}

  private static List<Outcome> outcomes(
      List<Prepared> prepared, ElmanRnn model, Situation situation) {
    List<Outcome> outcomes = new ArrayList<>();
    // A student value equal to the reference's gives the outcomes already prepared from it.
    Optional<Vector> ownPrevious =
        situation
            .studentPrevious()
            .filter(
                h ->
                    h.size() == model.initialHidden().size()
                        && !h.equals(situation.referencePrevious()));
    Optional<Vector> ownHidden =
        situation
            .studentHidden()
            .filter(
                h ->
                    h.size() == model.initialHidden().size()
                        && !h.equals(situation.reference().hidden()));
    for (Prepared p : prepared) {
      // The run from the start cannot explain this step if the student's own previous state shows
      // they did not make this mistake before.
      if (situation
          .studentPrevious()
          .filter(h -> !h.equals(p.fromStart().previousShown()))
          .isEmpty()) {
        outcomes.add(p.fromStart().outcome());
      }
      outcomes.add(p.fromReference());
      ownPrevious.ifPresent(h -> outcomes.add(oneStep(p.variant(), model, h, situation.tokenId())));
      if (p.referenceLogits().isPresent()) {
        outcomes.add(p.referenceLogits().get());
        ownHidden.ifPresent(h -> outcomes.add(Outcome.ofLogits(p.variant().logits(model, h))));
      }
    }
    return outcomes;
  }

  /** The mistaken run from the start of the sentence to {@code at}'s step. */
  private static FromStart fromStart(Variant variant, Situation at) {
    ElmanRnn model = at.rubric().elman().orElseThrow().model();
    Vector carried = model.initialHidden();
    Vector shown = model.initialHidden();
    for (int position = 1; position < at.step(); position++) {
      Variant.StepValues values =
          variant.step(model, carried, at.rubric().sentence().get(position - 1));
      carried = values.carried();
      shown = values.hidden();
    }
    return new FromStart(shown, oneStep(variant, model, carried, at.tokenId()));
  }

  private static Outcome oneStep(Variant variant, ElmanRnn model, Vector previous, int tokenId) {
    Variant.StepValues values = variant.step(model, previous, tokenId);
    return Outcome.ofStep(
        values.preActivation(), values.hidden(), variant.logits(model, values.hidden()));
  }
}
