package dev.byhand.grading;

import dev.byhand.rnn.Rational;
import dev.byhand.rnn.Step;
import dev.byhand.rnn.Vector;
import dev.byhand.rubric.ItemKind;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import java.util.Optional;

/** Small factories shared by the judges. */
final class Verdicts {
  private Verdicts() {}

  static ItemResult manual(Question question, ItemSpec item) {
    return new ItemResult(question, item, Status.MANUAL, Rational.ZERO, "", "",
        "A TA grades this question by hand; its points are not included yet.");
  }

  static ItemResult zero(
      Question question, ItemSpec item, Status status, String given, String expected, String feedback) {
    return new ItemResult(question, item, status, Rational.ZERO, given, expected, feedback);
  }

  static ItemResult full(Question question, ItemSpec item, String given, String expected, String feedback) {
    return new ItemResult(question, item, Status.CORRECT, item.points(), given, expected, feedback);
  }

  static ItemResult followThrough(
      Question question, ItemSpec item, String given, String expected, FollowThrough.Target target) {
    return new ItemResult(question, item, Status.FOLLOWTHROUGH,
        item.points().multiply(item.followThroughCredit()), given, expected,
        "Correct for your " + target.from().describe() + "; the error is in " + target.root().key() + ", not here.",
        Optional.empty(), Optional.of(target.from().describe()));
  }

  /** {@code feedback}, then the mistake's explanation when one is known. */
  static String withDiagnosis(String feedback, Optional<Diagnosis> diagnosis) {
    return diagnosis.map(d -> feedback + " Likely mistake (" + d.id() + "): " + d.explanation()).orElse(feedback);
  }

  /** The reference vector an item of {@code kind} asks for at {@code step}. */
  static Vector expectedVector(Step step, ItemKind kind) {
    return switch (kind) {
      case INPUT -> step.input();
      case PREACTIVATION -> step.preActivation();
      case HIDDEN -> step.hidden();
      case LOGITS -> step.logits();
      case PREDICTION, MANUAL -> throw new IllegalArgumentException(kind + " is not a vector item");
    };
  }

  /** {@code the hidden state h1}, {@code the logits after step 2}. */
  static String describe(ItemKind kind, int step) {
    return switch (kind) {
      case INPUT -> "the input row at step " + step;
      case PREACTIVATION -> "the pre-activation at step " + step;
      case HIDDEN -> "h" + step;
      case LOGITS -> "the logits at step " + step;
      case PREDICTION -> "the prediction at step " + step;
      case MANUAL -> "this item";
    };
  }

  /** {@code entry 2}, {@code entries 2 and 4}, {@code entries 1, 2 and 5}: positions count from 1. */
  static String entries(java.util.List<Integer> positions) {
    if (positions.size() == 1) {
      return "entry " + positions.get(0);
    }
    java.util.List<String> text = positions.stream().map(String::valueOf).toList();
    return "entries " + String.join(", ", text.subList(0, text.size() - 1)) + " and " + text.get(text.size() - 1);
  }
}
