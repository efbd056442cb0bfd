package dev.byhand.grading;

import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import java.net.URI;

/**
 * One item of one student, graded as one dynamic test. The test passes when the item is correct and
 * fails with {@link ItemNotCorrect} otherwise, so the platform's outcome mirrors the verdict.
 */
record Check(int index, int student, Question question, ItemSpec item) {
  static final String URI_SCHEME = "byhand-check";

  /** Identifies the check in the test plan, so the listener can find it again. */
  URI uri(String batchId) {
    return URI.create(URI_SCHEME + ":" + batchId + "/" + index);
  }
}
