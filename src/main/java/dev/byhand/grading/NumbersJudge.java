package dev.byhand.grading;

import dev.byhand.exact.Rational;
import dev.byhand.network.Value;
import dev.byhand.rubric.Credit;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Judges written numbers (a number, a vector or a matrix): correct against the reference, else
 * follow-through against the student's own earlier answers, else partial or incorrect (with a
 * diagnosis when a known mistake explains it). Per-entry credit takes whichever of the two
 * comparisons is kinder.
 */
final class NumbersJudge {
  private final TokenWords words;

  NumbersJudge(TokenWords words) {
    this.words = words;
  }

  /**
   * {@code expectedText} is {@code expected} as text, which the caller prints once for all
   * students.
   */
  ItemResult judge(
      Question question,
      ItemSpec item,
      Reading.Read read,
      Value expected,
      String expectedText,
      Supplier<Optional<FollowThrough.Target>> ownInputs,
      Supplier<Optional<Diagnosis>> diagnose) {
    return judge(question, item, read, expected, expectedText, ownInputs, diagnose, false);
  }

  /**
   * The same, for a table ({@code table}): then a wrong answer is judged cell by cell ({@link
   * TableCells}), {@code ownInputs} giving what each cell should be from the student's own cells.
   */
  ItemResult judge(
      Question question,
      ItemSpec item,
      Reading.Read read,
      Value expected,
      String expectedText,
      Supplier<Optional<FollowThrough.Target>> ownInputs,
      Supplier<Optional<Diagnosis>> diagnose,
      boolean table) {
    return verdict(question, item, read.value(), expected, expectedText, ownInputs, diagnose, table)
        .withValues(read, expected);
  }

  private ItemResult verdict(
      Question question,
      ItemSpec item,
      Value given,
      Value expected,
      String expectedText,
      Supplier<Optional<FollowThrough.Target>> ownInputs,
      Supplier<Optional<Diagnosis>> diagnose,
      boolean table) {
    String what = Verdicts.describe(question, item);
    Optional<Rational> tolerance = item.accuracy().map(ItemSpec.Tolerance::value);
    String givenText = tolerance.isPresent() ? DecimalText.written(given) : given.toString();
    if (!given.sameShape(expected)) {
      // A mistake may change the shape (pooling with stride 1, the other axis): it is named.
      Optional<Diagnosis> diagnosis = diagnose.get();
      return new ItemResult(
          question,
          item,
          Status.INCORRECT,
          Rational.ZERO,
          givenText,
          expectedText,
          Verdicts.withDiagnosis(wrongShape(given, expected, what), diagnosis),
          diagnosis,
          Optional.empty());
    }
    List<Integer> wrong = Tolerances.differences(given, expected, tolerance);
    Within within = new Within(question, item, expectedText);
    if (wrong.isEmpty()) {
      // Equal entries print the same (rationals are kept in lowest terms): one text for both.
      return tolerance.isEmpty()
          ? Verdicts.full(question, item, expectedText, expectedText, "Correct.")
          : within.result(
              Status.CORRECT,
              item.points(),
              givenText,
              within.correct(),
              List.of(),
              Optional.empty());
    }
    if (table && !Shapes.isPlaceholder(given)) {
      return TableCells.verdict(
          question, item, given, expected, expectedText, ownInputs.get(), diagnose);
    }
    Optional<FollowThrough.Target> followThrough = ownInputs.get();
    if (followThrough.isPresent()
        && followThrough.get().value().sameShape(given)
        && Tolerances.differences(given, followThrough.get().value(), tolerance).isEmpty()) {
      FollowThrough.Target target = followThrough.get();
      if (target.onlyRounded()) {
        return within.result(
            Status.CORRECT,
            item.points(),
            givenText,
            within.rounded(target, words),
            List.of(),
            Optional.empty());
      }
      ItemResult carried =
          Verdicts.followThrough(question, item, givenText, expectedText, target, words);
      return tolerance.isEmpty()
          ? carried
          : within.result(
              carried.status(),
              carried.points(),
              givenText,
              carried.feedback(),
              wrong,
              carried.checkedAgainst());
    }
    int size = expected.entries().size();
    if (Shapes.isPlaceholder(given) && !Shapes.isPlaceholder(expected)) {
      // A template's zeros left in place earn nothing entry by entry, as follow-through ignores
      // them.
      return Verdicts.zero(
          question,
          item,
          Status.INCORRECT,
          givenText,
          expectedText,
          "Every entry of "
              + what
              + " is 0, which looks like a template line left unfilled; write your own answer"
              + " there.");
    }
    Optional<Diagnosis> diagnosis = diagnose.get();
    Rational points = Rational.ZERO;
    String feedback = wrongEntries(wrong, expected, what) + " from the reference" + within.beyond();
    if (item.credit() == Credit.PER_ENTRY) {
      points = share(item.points(), size - wrong.size(), size);
      if (followThrough.isPresent() && followThrough.get().value().sameShape(expected)) {
        List<Integer> ownWrong =
            Tolerances.differences(given, followThrough.get().value(), tolerance);
        Rational own =
            share(item.points().multiply(item.followThroughCredit()), size - ownWrong.size(), size);
        if (own.compareTo(points) > 0) {
          points = own;
          feedback =
              wrongEntries(ownWrong, expected, what)
                  + " from what your "
                  + followThrough.get().from().get(0).describe(words)
                  + " gives"
                  + within.beyond();
        }
      }
    }
    feedback +=
        wrong.size() == size && points.signum() == 0
            ? "; recheck the whole computation."
            : "; the other entries are right.";
    Status status = points.signum() > 0 ? Status.PARTIAL : Status.INCORRECT;
    if (tolerance.isPresent()) {
      return within.result(
          status,
          points,
          givenText,
          Verdicts.withDiagnosis(feedback + within.asked(given), diagnosis),
          wrong,
          Optional.empty(),
          diagnosis);
    }
    return new ItemResult(
        question,
        item,
        status,
        points,
        given.toString(),
        expectedText,
        Verdicts.withDiagnosis(feedback, diagnosis),
        diagnosis,
        Optional.empty());
  }

  private static String wrongShape(Value given, Value expected, String what) {
    if (given instanceof Value.Vec g && expected instanceof Value.Vec e) {
      int n = e.value().size();
      return "Expected "
          + n
          + " numbers for "
          + what
          + " (it is 1×"
          + n
          + "), found "
          + g.value().size()
          + ".";
    }
    String found =
        given instanceof Value.Vec g
            ? g.value().size() + " numbers in one row"
            : given instanceof Value.Scalar ? "one number" : "a " + given.shape() + " matrix";
    String expectedShape =
        expected instanceof Value.Mat
            ? "a " + expected.shape() + " matrix"
            : expected instanceof Value.Scalar ? "one number" : expected.shape();
    String fix = expected instanceof Value.Mat ? "; write it by rows, e.g. [[1, 2], [3, 4]]" : "";
    return "Expected " + expectedShape + " for " + what + ", found " + found + fix + ".";
  }

  private static Rational share(Rational points, int right, int size) {
    return points.multiply(Rational.of(right, size));
  }

  private static String wrongEntries(List<Integer> wrong, Value expected, String what) {
    int size = expected.entries().size();
    if (wrong.size() == size) {
      return size == 1 ? capitalised(what) + " differs" : "Every entry of " + what + " differs";
    }
    String entries =
        expected instanceof Value.Mat m
            ? cells(wrong, m.value().columnCount())
            : Verdicts.entries(wrong);
    return capitalised(entries) + " of " + what + (wrong.size() == 1 ? " differs" : " differ");
  }

  /** {@code entry (1, 2)}, {@code entries (1, 2) and (2, 1)}: row and column, counting from 1. */
  private static String cells(List<Integer> positions, int columns) {
    List<String> text =
        positions.stream()
            .map(p -> "(" + ((p - 1) / columns + 1) + ", " + ((p - 1) % columns + 1) + ")")
            .toList();
    return text.size() == 1
        ? "entry " + text.get(0) + " (row, column)"
        : "entries "
            + String.join(", ", text.subList(0, text.size() - 1))
            + " and "
            + text.get(text.size() - 1)
            + " (row, column)";
  }

  private static String capitalised(String text) {
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
