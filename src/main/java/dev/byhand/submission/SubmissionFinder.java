package dev.byhand.submission;

import java.nio.file.Path;
import java.util.List;

/**
 * Lists the students in a submissions folder, sorted by id. Implemented by the submission work.
 */
public final class SubmissionFinder {
  public List<StudentSource> find(Path submissionsFolder) {
    throw new UnsupportedOperationException("implemented in the submission package work");
  }

  /** Reads the student's single answers file, or explains why there is none to read. */
  public Submission read(StudentSource student, SubmissionReader reader) {
    throw new UnsupportedOperationException("implemented in the submission package work");
  }
}
