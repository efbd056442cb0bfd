package dev.byhand.grading;

import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.submission.Submission;

/** Decides one item's verdict. Implementations are pure and thread-safe. */
@FunctionalInterface
interface Judge {
  ItemResult judge(Submission submission, Question question, ItemSpec item);
}
