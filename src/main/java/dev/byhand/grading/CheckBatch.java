package dev.byhand.grading;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.byhand.rubric.ItemKind;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.Submission;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The checks of one launcher execution: every computed item of every submission in the batch, and a
 * slot for each verdict. The platform finds the batch through {@link #ID_PARAMETER}; it is registered
 * only while it runs.
 */
final class CheckBatch implements AutoCloseable {
  static final String ID_PARAMETER = "byhand.batch";
  private static final Map<String, CheckBatch> OPEN = new ConcurrentHashMap<>();

  private final String id = UUID.randomUUID().toString();
  private final Judge judge;
  private final List<Submission> submissions;
  private final List<Check> checks = new ArrayList<>();
  private final ItemResult[] results;

  CheckBatch(Rubric rubric, Judge judge, List<Submission> submissions) {
    this.judge = judge;
    this.submissions = List.copyOf(submissions);
    for (int s = 0; s < submissions.size(); s++) {
      for (Question question : rubric.questions()) {
        for (ItemSpec item : question.items()) {
          if (item.kind() != ItemKind.MANUAL) {
            checks.add(new Check(checks.size(), s, question, item));
          }
        }
      }
    }
    this.results = new ItemResult[checks.size()];
    OPEN.put(id, this);
  }

  static Optional<CheckBatch> open(String id) {
    return Optional.ofNullable(OPEN.get(id));
  }

  String id() {
    return id;
  }

  Stream<DynamicTest> tests() {
    return checks.stream().map(check -> dynamicTest(
        submissions.get(check.student()).studentId() + " " + check.question().key(check.item()),
        check.uri(id),
        () -> run(check)));
  }

  private void run(Check check) {
    ItemResult result = judge.judge(submissions.get(check.student()), check.question(), check.item());
    if (result.status() != Status.CORRECT) {
      throw new ItemNotCorrect(result);
    }
    results[check.index()] = result;
  }

  /** The check a test plan entry came from, if it is one of this batch's. */
  Optional<Check> check(URI uri) {
    String prefix = id + "/";
    if (!Check.URI_SCHEME.equals(uri.getScheme()) || !uri.getSchemeSpecificPart().startsWith(prefix)) {
      return Optional.empty();
    }
    int index = Integer.parseInt(uri.getSchemeSpecificPart().substring(prefix.length()));
    return Optional.of(checks.get(index));
  }

  void record(Check check, ItemResult result) {
    results[check.index()] = result;
  }

  /** The verdict of a check, or empty when the platform never reported it. */
  Optional<ItemResult> result(Check check) {
    return Optional.ofNullable(results[check.index()]);
  }

  List<Check> checks() {
    return checks;
  }

  @Override
  public void close() {
    OPEN.remove(id);
  }
}
