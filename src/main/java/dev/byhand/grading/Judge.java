package dev.byhand.grading;

import dev.byhand.rubric.RubricItem;
import dev.byhand.submission.Submission;

/** Decides one item's verdict. Implementations are pure and thread-safe. */
@FunctionalInterface
interface Judge {
  /** The verdict on a computed {@code item} of the rubric the submission answers. */
  ItemResult judge(Submission submission, RubricItem item);
}
