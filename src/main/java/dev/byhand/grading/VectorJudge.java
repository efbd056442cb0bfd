package dev.byhand.grading;

import dev.byhand.rnn.Rational;
import dev.byhand.rnn.Vector;
import dev.byhand.rubric.Credit;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.submission.Answer;
import dev.byhand.submission.NotANumberException;
import dev.byhand.submission.NumberReader;
import java.util.ArrayList;
import java.util.List;

/** Compares a written vector with the reference, exactly and entry by entry. */
final class VectorJudge {
  ItemResult judge(Question question, ItemSpec item, Answer answer, Vector expected) {
    List<Rational> numbers = new ArrayList<>();
    for (int i = 0; i < answer.values().size(); i++) {
      String value = answer.values().get(i);
      try {
        numbers.add(NumberReader.parse(value));
      } catch (NotANumberException e) {
        return Verdicts.zero(question, item, Status.UNPARSEABLE, String.join(" ", answer.values()), expected.toString(),
            "Entry " + (i + 1) + " of " + question.key(item) + " (" + answer.location() + "): "
                + e.getMessage());
      }
    }
    Vector given = new Vector(numbers);
    String what = Verdicts.describe(item.kind(), question.step().getAsInt());
    if (given.size() != expected.size()) {
      return new ItemResult(question, item, Status.INCORRECT, Rational.ZERO, given.toString(),
          expected.toString(), "Expected " + expected.size() + " numbers for " + what + " (it is 1×"
              + expected.size() + "), found " + given.size() + ".");
    }
    List<Integer> wrong = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      if (given.get(i).compareTo(expected.get(i)) != 0) {
        wrong.add(i + 1);
      }
    }
    if (wrong.isEmpty()) {
      return Verdicts.full(question, item, given.toString(), expected.toString(), "Correct.");
    }
    String feedback = wrong.size() == expected.size()
        ? "Every entry of " + what + " differs from the reference; recheck the whole computation."
        : capitalize(Verdicts.entries(wrong)) + " of " + what + (wrong.size() == 1 ? " differs" : " differ")
            + " from the reference; the other entries are right.";
    int right = expected.size() - wrong.size();
    if (item.credit() == Credit.PER_ENTRY && right > 0) {
      Rational points = item.points().multiply(Rational.of(right, expected.size()));
      return new ItemResult(question, item, Status.PARTIAL, points, given.toString(), expected.toString(),
          feedback);
    }
    return new ItemResult(question, item, Status.INCORRECT, Rational.ZERO, given.toString(),
        expected.toString(), feedback);
  }

  private static String capitalize(String text) {
    return text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
  }
}
