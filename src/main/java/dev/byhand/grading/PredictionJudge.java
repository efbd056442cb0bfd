package dev.byhand.grading;

import dev.byhand.network.Value;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.RubricItem;
import dev.byhand.rubric.Ties;
import dev.byhand.rubric.Visibility;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Supplier;

/**
 * Judges a predicted token (an argmax). Which tied tokens are accepted is the rubric's policy: any
 * of them, or the first (as numpy's argmax). Follow-through accepts the argmax of the student's own
 * numbers.
 */
final class PredictionJudge {
  private final TokenWords words;
  private final ItemText text;
  private final Ties ties;

  PredictionJudge(TokenWords words, ItemText text, Ties ties) {
    this.words = words;
    this.text = text;
    this.ties = ties;
  }

  ItemResult judge(
      RubricItem rubricItem,
      Reading.Read read,
      Value.Token reference,
      Supplier<Optional<FollowThrough.Target>> ownInputs,
      Supplier<Optional<Diagnosis>> diagnose) {
    Question question = rubricItem.question();
    int given = ((Value.Token) read.value()).first();
    String word = words.word(given);
    SortedSet<Integer> accepted = words.accepted(reference.ids());
    // Naming the tied tokens reveals the answer: only where the question's results may be shown.
    String tie =
        reference.isTie() && question.visibility() == Visibility.VISIBLE
            ? " The largest logit is shared by "
                + words.words(reference.ids())
                + (ties == Ties.ANY
                    ? "; any of them is accepted."
                    : "; the first of them is the prediction, as numpy's argmax picks it.")
            : "";
    if (accepted.contains(given)) {
      return ItemResult.correct(rubricItem, read, "Correct." + tie, Optional.empty());
    }
    Optional<FollowThrough.Target> followThrough = ownInputs.get();
    if (followThrough.isPresent()
        && followThrough.get().value() instanceof Value.Token own
        && words.accepted(own.ids()).contains(given)) {
      return Verdicts.followThrough(rubricItem, read, followThrough.get(), text);
    }
    Optional<Diagnosis> diagnosis = diagnose.get();
    String at = question.position() > 0 ? " at step " + question.position() : "";
    String feedback =
        "The model predicts the token with the largest logit"
            + at
            + "; "
            + word
            + " (id "
            + given
            + ") is not it."
            + tie;
    return ItemResult.incorrect(
        rubricItem, read, Verdicts.withDiagnosis(feedback, diagnosis), diagnosis, Optional.empty());
  }
}
