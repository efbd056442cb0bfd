package dev.byhand.grading;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.submission.Submission;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The checks of one launcher execution: one per submission in the batch, and a slot for the verdict
 * of each of its computed items. The platform finds the batch through {@link #ID_PARAMETER}; it is
 * registered only while it runs.
 */
final class CheckBatch implements AutoCloseable {
  static final String ID_PARAMETER = "byhand.batch";
  private static final Map<String, CheckBatch> OPEN = new ConcurrentHashMap<>();

  /** An item the grader computes a verdict for (every item but manual ones), in rubric order. */
  record ComputedItem(Question question, ItemSpec item) {}

  private final String id = UUID.randomUUID().toString();
  private final Judge judge;
  private final List<Submission> submissions;
  private final List<ComputedItem> items;
  /** Verdicts by student, then by computed item; null until judged. */
  private final ItemResult[][] results;

  CheckBatch(List<ComputedItem> items, Judge judge, List<Submission> submissions) {
    this.judge = judge;
    this.items = items;
    this.submissions = List.copyOf(submissions);
    this.results = new ItemResult[submissions.size()][items.size()];
    OPEN.put(id, this);
  }

  static Optional<CheckBatch> open(String id) {
    return Optional.ofNullable(OPEN.get(id));
  }

  String id() {
    return id;
  }

  Stream<DynamicTest> tests() {
    return IntStream.range(0, submissions.size()).mapToObj(s -> {
      Check check = new Check(s);
      return dynamicTest(submissions.get(s).studentId(), check.uri(id), () -> run(check));
    });
  }

  private void run(Check check) {
    Submission submission = submissions.get(check.student());
    ItemResult[] verdicts = results[check.student()];
    List<ItemResult> notCorrect = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      verdicts[i] = judged(submission, items.get(i));
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
  private ItemResult judged(Submission submission, ComputedItem item) {
    try {
      return judge.judge(submission, item.question(), item.item());
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (Throwable e) {
      return InternalErrors.result(item.question(), item.item(), e);
    }
  }

  /** The check a test plan entry came from, if it is one of this batch's. */
  Optional<Check> check(URI uri) {
    String prefix = id + "/";
    if (!Check.URI_SCHEME.equals(uri.getScheme()) || !uri.getSchemeSpecificPart().startsWith(prefix)) {
      return Optional.empty();
    }
    return Optional.of(new Check(Integer.parseInt(uri.getSchemeSpecificPart().substring(prefix.length()))));
  }

  /** A check that failed for a reason other than wrong answers: its unjudged items go to a TA. */
  void failed(Check check, Throwable cause) {
    ItemResult[] verdicts = results[check.student()];
    for (int i = 0; i < items.size(); i++) {
      if (verdicts[i] == null) {
        verdicts[i] = InternalErrors.result(items.get(i).question(), items.get(i).item(), cause);
      }
    }
  }

  /** The verdict of a student's computed item, or empty when it was never judged. */
  Optional<ItemResult> result(int student, int item) {
    return Optional.ofNullable(results[student][item]);
  }

  @Override
  public void close() {
    OPEN.remove(id);
  }
}
