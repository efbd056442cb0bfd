package dev.byhand.grading;

import dev.byhand.rnn.Rational;
import dev.byhand.rnn.Vector;
import dev.byhand.rubric.Credit;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Judges a written vector: correct against the reference, else follow-through against the
 * student's own earlier answer, else partial or incorrect (with a diagnosis when a known mistake
 * explains it). Per-entry credit takes whichever of the two comparisons is kinder.
 */
final class VectorJudge {
  /** {@code expectedText} is {@code expected} as text, which the caller prints once for all students. */
  ItemResult judge(Question question, ItemSpec item, Vector given, Vector expected, String expectedText,
      Supplier<Optional<FollowThrough.Target>> ownInputs, Supplier<Optional<Diagnosis>> diagnose) {
    String what = Verdicts.describe(item.kind(), question.step().getAsInt());
    if (given.size() != expected.size()) {
      return new ItemResult(question, item, Status.INCORRECT, Rational.ZERO, given.toString(),
          expectedText, "Expected " + expected.size() + " numbers for " + what + " (it is 1×"
              + expected.size() + "), found " + given.size() + ".");
    }
    List<Integer> wrong = differences(given, expected);
    if (wrong.isEmpty()) {
      // Equal entries print the same (rationals are kept in lowest terms): one text for both.
      return Verdicts.full(question, item, expectedText, expectedText, "Correct.");
    }
    Optional<FollowThrough.Target> followThrough = ownInputs.get();
    if (followThrough.isPresent() && followThrough.get().vector().equals(given)) {
      return Verdicts.followThrough(question, item, given.toString(), expectedText, followThrough.get());
    }
    Optional<Diagnosis> diagnosis = diagnose.get();
    Rational points = Rational.ZERO;
    String feedback = wrongEntries(wrong, expected.size(), what) + " from the reference";
    if (item.credit() == Credit.PER_ENTRY) {
      points = share(item.points(), expected.size() - wrong.size(), expected.size());
      if (followThrough.isPresent()) {
        List<Integer> ownWrong = differences(given, followThrough.get().vector());
        Rational own = share(item.points().multiply(item.followThroughCredit()),
            expected.size() - ownWrong.size(), expected.size());
        if (own.compareTo(points) > 0) {
          points = own;
          feedback = wrongEntries(ownWrong, expected.size(), what) + " from what your "
              + followThrough.get().from().describe() + " gives";
        }
      }
    }
    feedback += wrong.size() == expected.size() && points.signum() == 0
        ? "; recheck the whole computation." : "; the other entries are right.";
    return new ItemResult(question, item, points.signum() > 0 ? Status.PARTIAL : Status.INCORRECT, points,
        given.toString(), expectedText, Verdicts.withDiagnosis(feedback, diagnosis), diagnosis,
        Optional.empty());
  }

  private static Rational share(Rational points, int right, int size) {
    return points.multiply(Rational.of(right, size));
  }

  static List<Integer> differences(Vector given, Vector expected) {
    List<Integer> wrong = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      if (given.get(i).compareTo(expected.get(i)) != 0) {
        wrong.add(i + 1);
      }
    }
    return wrong;
  }

  private static String wrongEntries(List<Integer> wrong, int size, String what) {
    if (wrong.size() == size) {
      return "Every entry of " + what + " differs";
    }
    String entries = Verdicts.entries(wrong);
    return entries.substring(0, 1).toUpperCase(Locale.ROOT) + entries.substring(1) + " of " + what
        + (wrong.size() == 1 ? " differs" : " differ");
  }
}
