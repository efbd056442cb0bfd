package dev.byhand.grading;

import dev.byhand.submission.Submission;
import dev.byhand.submission.Submitter;

/**
 * The key a submission's variant is drawn for (docs/VARIANTS.md): the first submitter's email where
 * known, else their student id, else the student's id in byhand. Stateless.
 */
public final class StudentKeys {
  private StudentKeys() {}

  public static String of(Submission submission) {
    return of(submission.submitters(), submission.studentId());
  }

  /** The key of a student known by id and, where an export says so, by who submitted. */
  public static String of(java.util.List<Submitter> submitters, String studentId) {
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
    return studentId;
  }
}
