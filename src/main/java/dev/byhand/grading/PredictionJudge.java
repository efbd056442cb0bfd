package dev.byhand.grading;

import dev.byhand.rnn.Rational;
import dev.byhand.rnn.Step;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Ties;
import dev.byhand.rubric.Visibility;
import dev.byhand.rubric.Vocabulary;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Judges a predicted token. Which tied tokens are accepted is the rubric's policy: any of them, or
 * the first (as numpy's argmax). Follow-through accepts the argmax of the student's own logits.
 */
final class PredictionJudge {
  private final Vocabulary vocabulary;
  private final Ties ties;

  PredictionJudge(Vocabulary vocabulary, Ties ties) {
    this.vocabulary = vocabulary;
    this.ties = ties;
  }

  /** The tokens accepted from logits whose largest entries are {@code argmax}. */
  SortedSet<Integer> accepted(SortedSet<Integer> argmax) {
    return ties == Ties.ANY ? argmax : new TreeSet<>(java.util.List.of(argmax.first()));
  }

  /** {@code is}, or {@code is or outside} when logits tie and any is accepted. */
  String expected(Step step) {
    return words(accepted(step.predicted()));
  }

  /** {@code expected} is {@link #expected} of {@code step}, which the caller prints once for all students. */
  ItemResult judge(Question question, ItemSpec item, int given, Step step, String expected,
      Supplier<Optional<FollowThrough.Target>> ownInputs, Supplier<Optional<Diagnosis>> diagnose) {
    String word = vocabulary.word(given);
    SortedSet<Integer> accepted = accepted(step.predicted());
    // Naming the tied tokens reveals the answer: only where the question's results may be shown.
    String tie = step.isTie() && question.visibility() == Visibility.VISIBLE ? " The largest logit is shared by " + words(step.predicted())
        + (ties == Ties.ANY ? "; any of them is accepted." : "; the first of them is the prediction, as numpy's argmax picks it.")
        : "";
    if (accepted.contains(given)) {
      return Verdicts.full(question, item, word, expected, "Correct." + tie);
    }
    Optional<FollowThrough.Target> followThrough = ownInputs.get();
    if (followThrough.isPresent() && accepted(followThrough.get().tokens()).contains(given)) {
      return Verdicts.followThrough(question, item, word, expected, followThrough.get());
    }
    Optional<Diagnosis> diagnosis = diagnose.get();
    String feedback = "The model predicts the token with the largest logit at step " + step.position()
        + "; " + word + " (id " + given + ") is not it." + tie;
    return new ItemResult(question, item, Status.INCORRECT, Rational.ZERO, word, expected,
        Verdicts.withDiagnosis(feedback, diagnosis), diagnosis, Optional.empty());
  }

  private String words(SortedSet<Integer> tokens) {
    return tokens.stream().map(vocabulary::word).collect(Collectors.joining(" or "));
  }
}
