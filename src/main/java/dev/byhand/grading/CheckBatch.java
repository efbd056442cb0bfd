package dev.byhand.grading;

import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.Submission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks of one launcher execution: one per submission in the batch, and a slot for the verdict
 * of each of its computed items. {@link CheckEngine} runs them; a {@link BatchSelector} carries the
 * batch there.
 */
final class CheckBatch {
  /** An item the grader computes a verdict for (every item but manual ones), in rubric order. */
  record ComputedItem(Question question, ItemSpec item) {
    /** Every item of {@code rubric} but the manual ones, in rubric order. */
    static List<ComputedItem> of(Rubric rubric) {
      List<ComputedItem> computed = new ArrayList<>();
      for (Question question : rubric.questions()) {
        for (ItemSpec item : question.items()) {
          if (!item.manual()) {
            computed.add(new ComputedItem(question, item));
          }
        }
      }
      return List.copyOf(computed);
    }
  }

  /** By student: each judges against that student's own numbers when the rubric has variants. */
  private final List<Judge> judges;

  private final List<Submission> submissions;
  private final List<ComputedItem> items;

  /** Verdicts by student, then by computed item; null until judged. */
  private final ItemResult[][] results;

  CheckBatch(List<ComputedItem> items, Judge judge, List<Submission> submissions) {
    this(items, java.util.Collections.nCopies(submissions.size(), judge), submissions);
  }

  /** With one judge per submission, in the same order. */
  CheckBatch(List<ComputedItem> items, List<Judge> judges, List<Submission> submissions) {
    if (judges.size() != submissions.size()) {
      throw new IllegalArgumentException(
          judges.size() + " judges for " + submissions.size() + " submissions");
    }
    this.judges = List.copyOf(judges);
    this.items = items;
    this.submissions = List.copyOf(submissions);
    this.results = new ItemResult[submissions.size()][items.size()];
  }

  int size() {
    return submissions.size();
  }

  String studentId(int student) {
    return submissions.get(student).studentId();
  }

  /**
   * Judges every computed item of a student and records the verdicts.
   *
   * @throws NotFullMarks when some item is not correct: the student's test fails, as the student
   *     did
   */
  void run(int student) {
    Submission submission = submissions.get(student);
    ItemResult[] verdicts = results[student];
    List<ItemResult> notCorrect = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      verdicts[i] = judged(judges.get(student), submission, items.get(i));
      if (verdicts[i].status() != Status.CORRECT) {
        notCorrect.add(verdicts[i]);
      }
    }
    if (!notCorrect.isEmpty()) {
      throw new NotFullMarks(notCorrect);
    }
  }

  /**
   * One item's verdict. A check that throws costs only that item, which goes to a TA: the isolation
   * the platform gives a test, by the platform's own rule (everything but running out of memory is
   * that test's failure), one level finer. Should anything escape, it fails the student's test and
   * {@link VerdictCollector} hands the items left unjudged to a TA.
   */
  private static ItemResult judged(Judge judge, Submission submission, ComputedItem item) {
    try {
      return judge.judge(submission, item.question(), item.item());
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (Throwable e) {
      return InternalErrors.result(item.question(), item.item(), e);
    }
  }

  /** A check that failed for a reason other than wrong answers: its unjudged items go to a TA. */
  void failed(int student, Throwable cause) {
    ItemResult[] verdicts = results[student];
    for (int i = 0; i < items.size(); i++) {
      if (verdicts[i] == null) {
        verdicts[i] = InternalErrors.result(items.get(i).question(), items.get(i).item(), cause);
      }
    }
  }

  /** The run failed outside any one check: every student's unjudged items go to a TA. */
  void failedAll(Throwable cause) {
    for (int student = 0; student < results.length; student++) {
      failed(student, cause);
    }
  }

  /** The verdict of a student's computed item, or empty when it was never judged. */
  Optional<ItemResult> result(int student, int item) {
    return Optional.ofNullable(results[student][item]);
  }
}
