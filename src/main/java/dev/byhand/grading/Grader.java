package dev.byhand.grading;

import static java.util.Objects.requireNonNull;

import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.StudentKey;
import dev.byhand.rubric.Variant;
import dev.byhand.submission.Submission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherConstants;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Grades submissions against a rubric. Each call runs the given submissions as tests of {@link
 * CheckEngine} in one launcher execution; pass chunks of a large class to keep memory flat.
 * Thread-safe.
 */
public final class Grader {
  private final Rubric rubric;
  private final Judge judge;
  private final FileProblems fileProblems;
  private final List<CheckBatch.ComputedItem> computed;

  /** Variants drawn before, by normalised student key; a student not here is drawn when graded. */
  private final Map<String, Variant> drawn;

  public Grader(Rubric rubric) {
    this(rubric, List.of());
  }

  /**
   * A grader of a class whose variants were drawn before ({@link Rubric#forRoster}): each student
   * is graded against theirs without drawing again.
   */
  public Grader(Rubric rubric, List<Variant> drawn) {
    this(rubric, new ItemJudge(rubric), drawn);
  }

  /** With another judge: lets tests prove that a failing check stays that item's problem. */
  Grader(Rubric rubric, Judge judge) {
    this(rubric, judge, List.of());
  }

  private Grader(Rubric rubric, Judge judge, List<Variant> drawn) {
    this.rubric = requireNonNull(rubric, "rubric");
    this.judge = requireNonNull(judge, "judge");
    this.fileProblems = new FileProblems(rubric);
    this.computed = CheckBatch.ComputedItem.of(rubric);
    Map<String, Variant> byKey = new HashMap<>();
    drawn.forEach(v -> byKey.put(v.key(), v));
    this.drawn = Map.copyOf(byKey);
  }

  /**
   * One result per submission, in the same order; never throws for anything a student wrote. Each
   * submission is one test (its items judged one by one inside it): a test costs the platform more
   * than judging an item.
   */
  public List<StudentResult> grade(List<Submission> submissions) {
    List<Optional<Variant>> variants = new ArrayList<>(submissions.size());
    List<Judge> judges = new ArrayList<>(submissions.size());
    for (Submission submission : submissions) {
      // Each student against their own numbers: a classmate's answers are wrong here.
      Rubric own = rubric.variants().isEmpty() ? rubric : own(StudentKeys.of(submission));
      variants.add(own.variant());
      judges.add(own == rubric ? judge : judgeOf(own));
    }
    CheckBatch batch = new CheckBatch(computed, judges, submissions);
    launcher().execute(request(batch), new VerdictCollector(batch));
    return collect(batch, submissions, variants);
  }

  /** The student's rubric: their variant drawn before, else drawn now. */
  private Rubric own(String key) {
    Variant before = drawn.get(StudentKey.normalise(key));
    return before != null ? rubric.with(before) : rubric.forStudent(key);
  }

  /** The judge of a student's variant: only what depends on the numbers is built again. */
  private Judge judgeOf(Rubric own) {
    return judge instanceof ItemJudge shared ? shared.forVariant(own) : new ItemJudge(own);
  }

  /**
   * Runs the platform once over no submissions: discovery and a launcher execution, loaded and
   * initialised. The first real batch otherwise pays for that itself, cold; a caller with an idle
   * core can do it while it reads the rubric and lists the class.
   */
  public static void warmUp() {
    CheckBatch batch =
        new CheckBatch(
            List.of(),
            (submission, question, item) -> {
              throw new IllegalStateException("no submissions to judge");
            },
            List.of());
    launcher().execute(request(batch), new VerdictCollector(batch));
  }

  private List<StudentResult> collect(
      CheckBatch batch, List<Submission> submissions, List<Optional<Variant>> variants) {
    List<StudentResult> results = new ArrayList<>(submissions.size());
    for (int s = 0; s < submissions.size(); s++) {
      List<ItemResult> items = new ArrayList<>();
      int next = 0;
      for (Question question : rubric.questions()) {
        for (ItemSpec item : question.items()) {
          if (item.manual()) {
            items.add(Verdicts.manual(question, item));
          } else {
            items.add(
                batch
                    .result(s, next++)
                    .orElseGet(() -> InternalErrors.result(question, item, null)));
          }
        }
      }
      Submission submission = submissions.get(s);
      results.add(
          new StudentResult(
              submission.studentId(),
              sourceName(submission),
              items,
              fileProblems.of(submission),
              submission.submitters(),
              variants.get(s)));
    }
    return results;
  }

  private static String sourceName(Submission submission) {
    return submission.source().getFileName() == null
        ? ""
        : submission.source().getFileName().toString();
  }

  private static LauncherDiscoveryRequest request(CheckBatch batch) {
    return LauncherDiscoveryRequestBuilder.request()
        .selectors(new BatchSelector(batch))
        // Pruning walks every finished test's ancestors for its classes; no stack trace is ever
        // shown.
        .configurationParameter(LauncherConstants.STACKTRACE_PRUNING_ENABLED_PROPERTY_NAME, "false")
        // Grading must not depend on junit-platform.properties or -D flags of whoever runs it.
        .enableImplicitConfigurationParameters(false)
        .build();
  }

  private static Launcher launcher() {
    // Only byhand's engine, and no listeners found on the classpath: the grader's platform is
    // self-contained.
    return LauncherFactory.create(
        LauncherConfig.builder()
            .enableTestEngineAutoRegistration(false)
            .addTestEngines(new CheckEngine())
            .enableTestExecutionListenerAutoRegistration(false)
            .enablePostDiscoveryFilterAutoRegistration(false)
            .enableLauncherDiscoveryListenerAutoRegistration(false)
            .enableLauncherSessionListenerAutoRegistration(false)
            .build());
  }
}
