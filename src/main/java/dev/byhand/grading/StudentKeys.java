package dev.byhand.grading;

import dev.byhand.rubric.StudentKey;
import dev.byhand.submission.Submission;
import dev.byhand.submission.Submitter;

/**
 * The key a submission's variant is drawn for (docs/VARIANTS.md): the first submitter's email where
 * known, else their student id, else the file or folder name the student was found under, as it was
 * found (not the id made safe as a file name, which turns {@code @} into {@code _}). Stateless.
 */
public final class StudentKeys {
  private StudentKeys() {}

  public static String of(Submission submission) {
    return of(submission.submitters(), submission.name(), submission.studentId());
  }

  /**
   * The key of a student found under {@code name} (a file or folder name as found, not made safe)
   * and, where an export says so, by who submitted; a name that cannot be a key (only spaces, or
   * longer than any email) gives way to {@code studentId}, the name made safe, which always can.
   */
  public static String of(java.util.List<Submitter> submitters, String name, String studentId) {
    for (Submitter submitter : submitters) {
      if (!submitter.email().isBlank()) {
        return submitter.email();
      }
    }
    for (Submitter submitter : submitters) {
      if (!submitter.sid().isBlank()) {
        return submitter.sid();
      }
    }
    return StudentKey.usable(name) ? name : studentId;
  }
}
