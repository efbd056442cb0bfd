package dev.byhand.grading;

import static java.util.Objects.requireNonNull;

import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricItem;
import dev.byhand.rubric.Variant;
import dev.byhand.submission.Submission;
import dev.byhand.variants.StudentKey;
import dev.byhand.variants.StudentRubrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Grades submissions against a rubric: the one grading loop, which {@code grade}, {@code check},
 * Gradescope and the self-check page all run. Each item is judged behind its own guard, so a bug in
 * one check costs that item alone (it goes to a TA). Immutable and thread-safe.
 */
public final class Grader {
  private final Rubric rubric;
  private final Judge judge;

  /** {@link #rubric}'s items, listed once. */
  private final List<RubricItem> items;

  private final FileProblems fileProblems;

  /** The rubric each student answers: theirs with variants, else {@link #rubric} itself. */
  private final Function<Submission, Rubric> own;

  /**
   * A grader of {@code rubric}; with variants, each student is graded against their own numbers,
   * drawn for their key when graded.
   */
  public Grader(Rubric rubric) {
    this(rubric, List.of());
  }

  /**
   * A grader of a class whose variants were drawn before ({@link StudentRubrics#forRoster}): each
   * student is graded against theirs without drawing again.
   */
  public Grader(Rubric rubric, List<Variant> drawn) {
    this(rubric, new ItemJudge(rubric), drawing(rubric, drawn));
  }

  /** With another judge: lets tests prove that a failing check stays that item's problem. */
  Grader(Rubric rubric, Judge judge) {
    this(rubric, judge, drawing(rubric, List.of()));
  }

  private Grader(Rubric rubric, Judge judge, Function<Submission, Rubric> own) {
    this.rubric = requireNonNull(rubric, "rubric");
    this.judge = requireNonNull(judge, "judge");
    this.items = rubric.items();
    this.fileProblems = new FileProblems(rubric);
    this.own = own;
  }

  /**
   * A grader that grades every submission against {@code rubric}'s numbers as they are and never
   * draws a variant: for one student's rubric (a self-check) and for the self-check page, whose
   * browser build cannot draw.
   */
  public static Grader withoutDrawing(Rubric rubric) {
    return new Grader(rubric, new ItemJudge(rubric), submission -> rubric);
  }

  /**
   * Whose numbers a submission is graded against: the rubric's own unless it has variants and is
   * not already one student's, else the student's variant drawn before, or drawn now.
   */
  private static Function<Submission, Rubric> drawing(Rubric rubric, List<Variant> drawn) {
    if (rubric.variants().isEmpty() || rubric.variant().isPresent()) {
      return submission -> rubric;
    }
    Map<String, Variant> byKey = new HashMap<>();
    drawn.forEach(v -> byKey.put(v.key(), v));
    return submission -> {
      String key = StudentKey.of(submission);
      Variant before = byKey.get(StudentKey.normalise(key));
      return before != null
          ? StudentRubrics.with(rubric, before)
          : StudentRubrics.forStudent(rubric, key);
    };
  }

  /** Every item of {@code submission}, in rubric order; never throws for anything it holds. */
  public StudentResult grade(Submission submission) {
    requireNonNull(submission, "submission");
    // Each student against their own numbers: a classmate's answers are wrong here.
    Rubric own = this.own.apply(submission);
    Judge ownJudge = own == rubric ? judge : judgeOf(own);
    List<ItemResult> results = new ArrayList<>(items.size());
    for (RubricItem item : own == rubric ? items : own.items()) {
      results.add(item.manual() ? Verdicts.manual(item) : judged(ownJudge, submission, item));
    }
    return new StudentResult(
        submission.studentId(),
        sourceName(submission),
        results,
        fileProblems.of(submission),
        submission.submitters(),
        own.variant());
  }

  /** One result per submission, in the same order. */
  public List<StudentResult> grade(List<Submission> submissions) {
    List<StudentResult> results = new ArrayList<>(submissions.size());
    for (Submission submission : submissions) {
      results.add(grade(submission));
    }
    return results;
  }

  /**
   * One item's verdict. A check that throws, or returns none, costs only that item, which goes to a
   * TA: the isolation the JUnit Platform gives a test, by its rule (everything but running out of
   * memory is that one check's failure).
   */
  private static ItemResult judged(Judge judge, Submission submission, RubricItem item) {
    try {
      return requireNonNull(judge.judge(submission, item), "the judge's verdict");
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (Throwable e) {
      return InternalErrors.result(item, e);
    }
  }

  /** The judge of a student's variant: only what depends on the numbers is built again. */
  private Judge judgeOf(Rubric own) {
    return judge instanceof ItemJudge shared ? shared.forVariant(own) : new ItemJudge(own);
  }

  private static String sourceName(Submission submission) {
    return submission.source().getFileName() == null
        ? ""
        : submission.source().getFileName().toString();
  }
}
