package dev.byhand.grading;

import dev.byhand.exact.Rational;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Quantities;
import dev.byhand.rubric.Question;
import java.util.Optional;

/** Small factories shared by the judges. */
final class Verdicts {
  private Verdicts() {}

  static ItemResult manual(Question question, ItemSpec item) {
    return new ItemResult(
        question,
        item,
        Status.MANUAL,
        Rational.ZERO,
        "",
        "",
        "A TA grades this question by hand; its points are not included yet.");
  }

  static ItemResult zero(
      Question question,
      ItemSpec item,
      Status status,
      String given,
      String expected,
      String feedback) {
    return new ItemResult(question, item, status, Rational.ZERO, given, expected, feedback);
  }

  static ItemResult full(
      Question question, ItemSpec item, String given, String expected, String feedback) {
    return new ItemResult(question, item, Status.CORRECT, item.points(), given, expected, feedback);
  }

  static ItemResult followThrough(
      Question question,
      ItemSpec item,
      String given,
      String expected,
      FollowThrough.Target target,
      TokenWords words) {
    String from =
        target.from().stream()
            .map(own -> own.describe(words))
            .collect(java.util.stream.Collectors.joining(" and "));
    return new ItemResult(
        question,
        item,
        Status.FOLLOWTHROUGH,
        item.points().multiply(item.followThroughCredit()),
        given,
        expected,
        "Correct for your " + from + "; the error is in " + target.root().key() + ", not here.",
        Optional.empty(),
        Optional.of(from));
  }

  /** {@code feedback}, then the mistake's explanation when one is known. */
  static String withDiagnosis(String feedback, Optional<Diagnosis> diagnosis) {
    return diagnosis
        .map(d -> feedback + " Likely mistake (" + d.id() + "): " + d.explanation())
        .orElse(feedback);
  }

  /** {@code h1}, {@code the logits at step 2}, {@code dW1}: the item inside a sentence. */
  static String describe(Question question, ItemSpec item) {
    return Quantities.phrase(item.name(), question.position());
  }

  /**
   * {@code entry 2}, {@code entries 2 and 4}, {@code entries 1, 2 and 5}: positions count from 1.
   */
  static String entries(java.util.List<Integer> positions) {
    if (positions.size() == 1) {
      return "entry " + positions.get(0);
    }
    java.util.List<String> text = positions.stream().map(String::valueOf).toList();
    return "entries "
        + String.join(", ", text.subList(0, text.size() - 1))
        + " and "
        + text.get(text.size() - 1);
  }
}
