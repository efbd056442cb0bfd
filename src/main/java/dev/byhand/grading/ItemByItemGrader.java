package dev.byhand.grading;

import static java.util.Objects.requireNonNull;

import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.Submission;
import java.util.ArrayList;
import java.util.List;

/**
 * Grades one submission with the very judge {@link Grader} runs, item by item, without the JUnit
 * Platform: for the self-check page, where the platform cannot run (it finds its engines by
 * reflection). A judge that throws costs that item only, as in {@link CheckBatch}. Thread-safe.
 */
public final class ItemByItemGrader {
  private final Rubric rubric;
  private final Judge judge;

  public ItemByItemGrader(Rubric rubric) {
    this.rubric = requireNonNull(rubric, "rubric");
    this.judge = new ItemJudge(rubric);
  }

  /**
   * One verdict per rubric item, manual ones included, in rubric order; never throws for content.
   */
  public List<ItemResult> grade(Submission submission) {
    requireNonNull(submission, "submission");
    List<ItemResult> results = new ArrayList<>();
    for (Question question : rubric.questions()) {
      for (ItemSpec item : question.items()) {
        results.add(
            item.manual() ? Verdicts.manual(question, item) : judged(submission, question, item));
      }
    }
    return results;
  }

  private ItemResult judged(Submission submission, Question question, ItemSpec item) {
    try {
      return judge.judge(submission, question, item);
    } catch (RuntimeException | StackOverflowError e) {
      return InternalErrors.result(question, item, e);
    }
  }
}
