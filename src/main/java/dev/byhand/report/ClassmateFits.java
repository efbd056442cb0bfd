package dev.byhand.report;

import dev.byhand.grading.ItemResult;
import dev.byhand.grading.Status;
import dev.byhand.grading.StudentResult;
import dev.byhand.report.IndexView.StudentLink;
import dev.byhand.rubric.Rubric;
import dev.byhand.variants.VariantFits;
import java.util.List;

/**
 * Students whose answers fit a classmate's numbers ({@link VariantFits}), each named by a link to
 * their report, fed graded results as they arrive. Not thread-safe.
 */
final class ClassmateFits {
  private final VariantFits.Tally<StudentLink> tally;

  ClassmateFits(Rubric rubric) {
    this.tally = new VariantFits.Tally<>(rubric);
  }

  /** Adds a graded student; one without a variant (a rubric without variants) is ignored. */
  void add(StudentResult result, StudentSummary summary) {
    if (result.variant().isEmpty()) {
      return;
    }
    tally.add(
        new StudentLink(summary.id(), summary.reportFile()),
        name(summary),
        result.variant(),
        result.items().stream().map(ClassmateFits::answer).toList());
  }

  /** The flagged students, the largest lead over their own variant first. */
  List<VariantFits.Flag<StudentLink>> flags() {
    return tally.flags();
  }

  /**
   * An item as the search reads it; an answer the student's own numbers explain is carried on from
   * their own earlier answer, or a known mistake made with their own numbers.
   */
  private static VariantFits.Answer answer(ItemResult item) {
    return new VariantFits.Answer(
        item.written(),
        item.reference(),
        item.status() == Status.FOLLOWTHROUGH || item.diagnosis().isPresent());
  }

  private static String name(StudentSummary summary) {
    if (summary.name() != null && !summary.name().isEmpty()) {
      return summary.name();
    }
    if (summary.email() != null && !summary.email().isEmpty()) {
      return summary.email();
    }
    return summary.id();
  }
}
