package dev.byhand.grading;

import dev.byhand.rnn.Step;
import dev.byhand.rubric.ItemKind;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.Answer;
import dev.byhand.submission.AnswerKey;
import dev.byhand.submission.Submission;
import java.util.List;

/**
 * Decides the verdict on one computed item by exact comparison with the reference trace. Pure and
 * thread-safe; one instance serves a whole batch.
 */
final class ItemJudge implements Judge {
  private final Rubric rubric;
  private final VectorJudge vectors;
  private final PredictionJudge predictions;

  ItemJudge(Rubric rubric) {
    this.rubric = rubric;
    this.vectors = new VectorJudge();
    this.predictions = new PredictionJudge(rubric.vocabulary());
  }

  @Override
  public ItemResult judge(Submission submission, Question question, ItemSpec item) {
    if (item.kind() == ItemKind.MANUAL) {
      return Verdicts.manual(question, item);
    }
    Step step = rubric.reference().step(question.step().getAsInt());
    String expected = item.kind().isVector()
        ? Verdicts.expectedVector(step, item.kind()).toString()
        : predictions.expected(step);
    if (submission.unreadable().isPresent()) {
      // The reason is stated once, among the file's problems; repeating it per item buries it.
      return Verdicts.zero(question, item, Status.UNPARSEABLE, "", expected,
          "Not graded: your file could not be read (see the problem with your file above).");
    }
    List<Answer> answers = submission.answersFor(new AnswerKey(question.id(), item.name()));
    if (answers.isEmpty()) {
      return Verdicts.zero(question, item, Status.MISSING, "", expected, "There is no answer for "
          + question.key(item) + ". Add it as a line starting with " + question.key(item) + ".");
    }
    if (answers.stream().map(Answer::values).distinct().count() > 1) {
      return Verdicts.zero(question, item, Status.UNPARSEABLE, "", expected, question.key(item)
          + " is answered more than once with different values (" + locations(answers)
          + "). Keep only the answer you want graded.");
    }
    Answer answer = answers.get(0);
    if (answer.isBlank()) {
      return Verdicts.zero(question, item, Status.MISSING, "", expected, question.key(item) + " is there but empty ("
          + answer.location() + "). Write your answer after the key.");
    }
    return item.kind().isVector()
        ? vectors.judge(question, item, answer, Verdicts.expectedVector(step, item.kind()))
        : predictions.judge(question, item, answer, step);
  }

  private static String locations(List<Answer> answers) {
    return String.join(", ", answers.stream().map(a -> a.location().toString()).toList());
  }
}
