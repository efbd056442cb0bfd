package dev.byhand.submission;

import java.nio.file.Path;

/**
 * Reads one student's answers file (CSV or JSON, detected from content and name). Never throws for
 * bad content: see {@link Submission}. Stateless and thread-safe. Implemented by the submission work.
 */
public final class SubmissionReader {
  public Submission read(String studentId, Path file) {
    throw new UnsupportedOperationException("implemented in the submission package work");
  }
}
