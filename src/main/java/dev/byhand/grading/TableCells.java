package dev.byhand.grading;

import dev.byhand.exact.Rational;
import dev.byhand.network.Value;
import dev.byhand.rubric.Credit;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.RubricItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The verdict on a table ({@code D_{i,j} = …}) that is not right everywhere, cell by cell: a cell
 * equal to the reference is right; one equal to what its rule gives from the student's own cells
 * around it (and their own earlier answers) follows through; any other is wrong, and the feedback
 * names it by (i, j). Per-entry credit counts right cells fully and followed-through cells at the
 * item's follow-through share; all-or-nothing credit gives the follow-through share when no cell is
 * wrong. Stateless.
 */
final class TableCells {
  /** Feedback lists at most this many cells by position, then says how many more. */
  private static final int LISTED = 8;

  private TableCells() {}

  static ItemResult verdict(
      RubricItem rubricItem,
      Reading.Read read,
      Value expected,
      Optional<FollowThrough.Target> ownCells,
      Supplier<Optional<Diagnosis>> diagnose) {
    Question question = rubricItem.question();
    ItemSpec item = rubricItem.spec();
    Value given = read.value();
    String what = Verdicts.describe(question, item);
    Optional<Rational> tolerance = item.accuracy().map(ItemSpec.Tolerance::value);
    int columns = ((Value.Mat) expected).value().columnCount();
    int size = expected.entries().size();
    List<Integer> differing = Tolerances.differences(given, expected, tolerance);
    List<Integer> fromOwn =
        ownCells
            .map(FollowThrough.Target::value)
            .filter(own -> own.sameShape(given))
            .map(own -> Tolerances.differences(given, own, tolerance))
            .orElse(differing);
    List<Integer> wrong = differing.stream().filter(fromOwn::contains).toList();
    int carried = differing.size() - wrong.size();
    int right = size - differing.size();
    Rational share = item.followThroughCredit();
    Rational points =
        item.credit() == Credit.PER_ENTRY
            ? item.points()
                .multiply(Rational.of(right).add(share.multiply(Rational.of(carried))))
                .multiply(Rational.of(1, size))
            : wrong.isEmpty() ? item.points().multiply(share) : Rational.ZERO;
    if (wrong.isEmpty()) {
      return ItemResult.followThrough(
          rubricItem,
          read,
          points,
          "Every cell of "
              + what
              + " is right or follows from your own cells around it; "
              + cells(differing, columns)
              + " differ from the reference only because of the cells you wrote before them.",
          List.of(ownCells(rubricItem, given)),
          Optional.empty());
    }
    Optional<Diagnosis> diagnosis = diagnose.get();
    String feedback =
        capitalised(cells(wrong, columns))
            + " of "
            + what
            + (wrong.size() == 1 ? " is" : " are")
            + " wrong: neither the reference nor what the rule gives from your own cells around "
            + (wrong.size() == 1 ? "it." : "them.")
            + (carried == 0
                ? ""
                : " "
                    + carried
                    + (carried == 1 ? " other cell differs" : " other cells differ")
                    + " from the reference but follow from your own cells (follow-through).")
            + (right == 0 ? "" : " The other " + right + (right == 1 ? " is" : " are") + " right.");
    return Verdicts.wrong(
        rubricItem,
        read,
        points,
        Verdicts.withDiagnosis(feedback, diagnosis),
        diagnosis,
        Optional.empty());
  }

  /** The table the student wrote, as what its cells were checked against: their own cells. */
  private static StudentValues.Own ownCells(RubricItem item, Value given) {
    return new StudentValues.Own(
        given, item.key(), item.node(), item.spec().accuracy().isPresent());
  }

  /** {@code cell (1, 1) (i, j)}, {@code cells (1, 1), (2, 3) and 4 more (i, j)}: from 0. */
  private static String cells(List<Integer> positions, int columns) {
    List<String> listed = new ArrayList<>();
    for (int p : positions.subList(0, Math.min(LISTED, positions.size()))) {
      listed.add("(" + (p - 1) / columns + ", " + (p - 1) % columns + ")");
    }
    String text =
        listed.size() == 1
            ? listed.get(0)
            : positions.size() > LISTED
                ? String.join(", ", listed) + " and " + (positions.size() - LISTED) + " more"
                : String.join(", ", listed.subList(0, listed.size() - 1))
                    + " and "
                    + listed.get(listed.size() - 1);
    return (positions.size() == 1 ? "cell " : "cells ") + text + " (i, j)";
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
