package dev.byhand.grading;

import java.net.URI;

/**
 * The checks of one student, graded as one dynamic test: every computed item of the rubric, each
 * judged on its own. The test passes when every item is correct and fails with {@link NotFullMarks}
 * otherwise, so the platform's outcome mirrors the student's.
 *
 * @param student the student's index in the batch
 */
record Check(int student) {
  static final String URI_SCHEME = "byhand-check";

  /** Identifies the check in the test plan, so the listener can find it again. */
  URI uri(String batchId) {
    return URI.create(URI_SCHEME + ":" + batchId + "/" + student);
  }
}
