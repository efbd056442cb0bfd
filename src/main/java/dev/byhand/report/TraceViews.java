package dev.byhand.report;

import dev.byhand.grading.ItemResult;
import dev.byhand.grading.ItemText;
import dev.byhand.grading.Status;
import dev.byhand.grading.StudentResult;
import dev.byhand.network.Value;
import dev.byhand.rubric.Quantities;
import dev.byhand.rubric.Visibility;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the trace diff of a report from the graded vector items: the entries of the vector the
 * student wrote and of the reference, as {@link ItemText} shows them (fractions in lowest terms, so
 * equal texts are equal values); an item compared within a tolerance says itself which entries lie
 * outside it.
 */
final class TraceViews {
  private static final Set<Status> COMPARED =
      EnumSet.of(Status.CORRECT, Status.PARTIAL, Status.FOLLOWTHROUGH, Status.INCORRECT);

  /** By step; within a step, rubric order (the sort is stable). */
  private static final Comparator<Vector> IN_STEP_ORDER =
      Comparator.comparingInt((Vector v) -> step(v.item()));

  private TraceViews() {}

  static TraceView of(StudentResult result, ItemText text) {
    List<TraceView.Row> rows = new ArrayList<>();
    Optional<String> first = Optional.empty();
    for (Vector vector : comparedVectors(result, text)) {
      ItemResult item = vector.item();
      List<String> given = vector.given();
      List<String> expected = vector.expected();
      List<TraceView.Entry> givenEntries = new ArrayList<>(given.size());
      for (int i = 0; i < given.size(); i++) {
        int position = i + 1;
        boolean wrong =
            item.tolerance()
                .map(check -> check.isOutside(position))
                .orElseGet(
                    () ->
                        !vector
                            .given()
                            .get(position - 1)
                            .equals(vector.expected().get(position - 1)));
        givenEntries.add(new TraceView.Entry(given.get(i), wrong));
        if (wrong && first.isEmpty()) {
          first =
              Optional.of(
                  (step(item) > 0 ? "step " + step(item) + ", " : "")
                      + label(item)
                      + " entry "
                      + (i + 1));
        }
      }
      boolean visible = item.question().visibility() == Visibility.VISIBLE;
      rows.add(
          new TraceView.Row(
              label(item),
              item.key(),
              item.status().id(),
              givenEntries,
              visible ? referenceEntries(vector, givenEntries) : List.of(),
              note(item)));
    }
    String summary =
        rows.isEmpty()
            ? ""
            : first
                .map(where -> "Your trace first differs from the reference at " + where + ".")
                .orElse(
                    anyWrong(result)
                        ? "The vectors shown here match the reference; the answers marked above as wrong or unreadable do not."
                        : "Your trace matches the reference at every step you answered.");
    return new TraceView(summary, rows);
  }

  /**
   * Whether an answer is wrong or unreadable, so the trace must not claim that everything matches.
   */
  private static boolean anyWrong(StudentResult result) {
    return result.items().stream()
        .anyMatch(
            item ->
                item.status() == Status.INCORRECT
                    || item.status() == Status.PARTIAL
                    || item.status() == Status.UNPARSEABLE);
  }

  /** The reference's entries, none marked; a right answer's own entries already are just that. */
  private static List<TraceView.Entry> referenceEntries(
      Vector vector, List<TraceView.Entry> givenEntries) {
    if (vector.given() == vector.expected()) {
      return givenEntries;
    }
    List<TraceView.Entry> entries = new ArrayList<>(vector.expected().size());
    for (String entry : vector.expected()) {
      entries.add(new TraceView.Entry(entry, false));
    }
    return entries;
  }

  /** The graded vector items whose answer and reference have as many entries, in step order. */
  private static List<Vector> comparedVectors(StudentResult result, ItemText text) {
    List<Vector> vectors = new ArrayList<>();
    for (ItemResult item : result.items()) {
      if (COMPARED.contains(item.status())
          && item.reference().orElse(null) instanceof Value.Vec reference
          && item.written().orElse(null) instanceof Value.Vec written
          && written.sameShape(reference)) {
        List<String> given = text.givenEntries(item.item(), written);
        List<String> expected = text.expectedEntries(item.item(), reference);
        // Half a class answers right: one list for both.
        vectors.add(new Vector(item, given, expected.equals(given) ? given : expected));
      }
    }
    vectors.sort(IN_STEP_ORDER);
    return vectors;
  }

  /** A vector item with its entries, each text parsed once. */
  private record Vector(ItemResult item, List<String> given, List<String> expected) {}

  private static int step(ItemResult item) {
    return item.question().position();
  }

  /** A vector item: its reference is one row of numbers. */
  static boolean isVector(ItemResult item) {
    return item.reference().orElse(null) instanceof Value.Vec;
  }

  /** {@code h1}, {@code logits 2}, {@code pre-activation 2}, {@code input 1}. */
  static String label(ItemResult item) {
    return Quantities.shortName(item.item().name(), step(item));
  }

  private static String note(ItemResult item) {
    if (item.status() == Status.FOLLOWTHROUGH) {
      return item.checkedAgainst().stream()
          .findFirst()
          .map(from -> "follows from your " + from.key())
          .orElse("follows from your earlier answer");
    }
    return item.diagnosis().map(d -> "likely mistake: " + d.id()).orElse("");
  }
}
