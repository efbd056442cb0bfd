package dev.byhand.grading;

import dev.byhand.exact.Rational;
import dev.byhand.network.Value;
import dev.byhand.rubric.Credit;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.RubricItem;
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
  private final ItemText text;

  NumbersJudge(ItemText text) {
    this.text = text;
  }

  /**
   * The verdict on {@code read} against {@code expected}; {@code expectedText} is {@code expected}
   * as the feedback quotes it, which the caller prints once for all students. For a table ({@code
   * table}), a wrong answer is judged cell by cell ({@link TableCells}), {@code ownInputs} giving
   * what each cell should be from the student's own cells.
   */
  ItemResult judge(
      RubricItem rubricItem,
      Reading.Read read,
      Value expected,
      String expectedText,
      Supplier<Optional<FollowThrough.Target>> ownInputs,
      Supplier<Optional<Diagnosis>> diagnose,
      boolean table) {
    Question question = rubricItem.question();
    ItemSpec item = rubricItem.spec();
    Value given = read.value();
    String what = Verdicts.describe(question, item);
    Optional<Rational> tolerance = item.accuracy().map(ItemSpec.Tolerance::value);
    if (!given.sameShape(expected)) {
      // A mistake may change the shape (pooling with stride 1, the other axis): it is named.
      Optional<Diagnosis> diagnosis = diagnose.get();
      return ItemResult.incorrect(
          rubricItem,
          read,
          Verdicts.withDiagnosis(wrongShape(given, expected, what), diagnosis),
          diagnosis,
          Optional.empty());
    }
    List<Integer> wrong = Tolerances.differences(given, expected, tolerance);
    Within within = new Within(question, item, expectedText);
    if (wrong.isEmpty()) {
      return tolerance.isEmpty()
          ? ItemResult.correct(rubricItem, read, "Correct.", Optional.empty())
          : ItemResult.correct(rubricItem, read, within.correct(), within.check(List.of()));
    }
    if (table && !Shapes.isPlaceholder(given)) {
      return TableCells.verdict(rubricItem, read, expected, ownInputs.get(), diagnose);
    }
    Optional<FollowThrough.Target> followThrough = ownInputs.get();
    if (followThrough.isPresent()
        && followThrough.get().value().sameShape(given)
        && Tolerances.differences(given, followThrough.get().value(), tolerance).isEmpty()) {
      FollowThrough.Target target = followThrough.get();
      if (target.onlyRounded()) {
        return ItemResult.correct(
            rubricItem, read, within.rounded(target, text), within.check(List.of()));
      }
      ItemResult carried = Verdicts.followThrough(rubricItem, read, target, text);
      return tolerance.isEmpty()
          ? carried
          : ItemResult.followThrough(
              rubricItem,
              read,
              carried.points(),
              carried.feedback(),
              carried.checkedAgainst(),
              within.check(wrong));
    }
    int size = expected.entries().size();
    if (Shapes.isPlaceholder(given) && !Shapes.isPlaceholder(expected)) {
      // A template's zeros left in place earn nothing entry by entry, as follow-through ignores
      // them; zeros that a mistake the student has already shown gives are that mistake again.
      Optional<Diagnosis> again = diagnose.get();
      if (again.isPresent()) {
        return ItemResult.incorrect(
            rubricItem,
            read,
            Verdicts.withDiagnosis(
                wrongEntries(wrong, expected, what) + " from the reference.", again),
            again,
            Optional.empty());
      }
      return ItemResult.incorrect(
          rubricItem,
          read,
          "Every entry of "
              + what
              + " is 0, which looks like a template line left unfilled; write your own answer"
              + " there.",
          Optional.empty(),
          Optional.empty());
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
        if (own.compareTo(points) > 0 && !onlyZerosAgree(given, ownWrong)) {
          points = own;
          feedback =
              wrongEntries(ownWrong, expected, what)
                  + " from what your "
                  + text.describe(followThrough.get().from().subList(0, 1))
                  + " gives"
                  + within.beyond();
        }
      }
    }
    feedback +=
        wrong.size() == size && points.signum() == 0
            ? "; recheck the whole computation."
            : "; the other entries are right.";
    Optional<ToleranceCheck> check = Optional.empty();
    if (tolerance.isPresent()) {
      feedback += within.asked(given);
      check = within.check(wrong);
    }
    return Verdicts.wrong(
        rubricItem, read, points, Verdicts.withDiagnosis(feedback, diagnosis), diagnosis, check);
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

  /**
   * Whether the entries of {@code given} not in {@code wrong} (positions from 1) are all 0: a zero
   * that the student's own inputs also give is what an activation such as ReLU makes of any
   * negative number, so it alone is no sign that the answer follows from them ({@code [80, 0, 142]}
   * against {@code [94, 0, 152]} is wrong, not a third right).
   */
  private static boolean onlyZerosAgree(Value given, List<Integer> wrong) {
    List<Rational> entries = given.entries();
    for (int i = 0; i < entries.size(); i++) {
      if (!wrong.contains(i + 1) && entries.get(i).signum() != 0) {
        return false;
      }
    }
    return true;
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
