package dev.byhand.grading;

import dev.byhand.rnn.Vector;
import dev.byhand.rubric.ItemKind;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.Submission;
import java.util.Optional;

/**
 * The student's own vectors, by step and kind, as far as they wrote them readably: what
 * follow-through and diagnosis start from.
 */
final class StudentValues {
  /** A value the student wrote, the key they wrote it under, and what it is. */
  record Own(Vector value, String key, ItemKind kind, int step) {
    /** {@code q1.hidden = [5, 4, -1]}. */
    String describe() {
      return key + " = " + value;
    }
  }

  private final Rubric rubric;
  private final AnswerReader reader;
  private final Submission submission;

  StudentValues(Rubric rubric, AnswerReader reader, Submission submission) {
    this.rubric = rubric;
    this.reader = reader;
    this.submission = submission;
  }

  /** The first readable answer the rubric asks of {@code kind} at {@code step}. */
  Optional<Own> vector(int step, ItemKind kind) {
    for (Question question : rubric.questions()) {
      if (question.step().orElse(-1) != step) {
        continue;
      }
      for (ItemSpec item : question.items()) {
        if (item.kind() == kind && reader.read(submission, question, item) instanceof Reading.Numbers numbers) {
          return Optional.of(new Own(numbers.vector(), question.key(item), kind, step));
        }
      }
    }
    return Optional.empty();
  }

  Optional<Vector> value(int step, ItemKind kind) {
    return vector(step, kind).map(Own::value);
  }
}
