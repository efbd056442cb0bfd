package dev.byhand.grading;

import static java.util.Objects.requireNonNull;

import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.Submission;

/**
 * Says whether grading can read each answer, using the very judge that grades it but without the
 * JUnit launcher, so a student's self-check costs little more than starting the JVM. What this
 * calls missing or unreadable, {@link Grader} grades {@code missing} or {@code unparseable}.
 * Thread-safe.
 */
public final class ReadabilityJudge {
  private final Judge judge;

  public ReadabilityJudge(Rubric rubric) {
    this.judge = new ItemJudge(requireNonNull(rubric, "rubric"));
  }

  /** How grading reads {@code item} of {@code submission}; never null, never throws for content. */
  public ItemReading read(Submission submission, Question question, ItemSpec item) {
    requireNonNull(submission, "submission");
    requireNonNull(question, "question");
    requireNonNull(item, "item");
    ItemResult result;
    try {
      result = judge.judge(submission, question, item);
    } catch (RuntimeException e) {
      // Grading hands the same failure to a TA (InternalErrors); say so rather than hide it.
      return new ItemReading(
          Readability.UNREADABLE,
          "byhand failed to read "
              + question.key(item)
              + " ("
              + e
              + "); a TA must look at it, and please report it");
    }
    Readability readability = Readability.of(result.status());
    return new ItemReading(
        readability, readability == Readability.READABLE ? "" : result.feedback());
  }
}
