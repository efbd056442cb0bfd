package dev.byhand.grading;

import dev.byhand.rnn.Step;
import dev.byhand.rnn.Vector;
import dev.byhand.rubric.ItemKind;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.Submission;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides the verdict on one item: read it, then compare exactly with the reference, with what the
 * student's own earlier answers give (follow-through), and with what known mistakes give (diagnosis).
 * Precedence: correct, then follow-through, then partial or incorrect. Pure and thread-safe; one
 * instance serves a whole batch.
 */
final class ItemJudge implements Judge {
  private final Rubric rubric;
  private final AnswerReader reader;
  private final VectorJudge vectors = new VectorJudge();
  private final PredictionJudge predictions;
  private final FollowThrough followThrough;
  private final Diagnoser diagnoser;
  /** By step (from 1) and kind, the reference's answer as every verdict shows it: printed once. */
  private final List<Map<ItemKind, String>> expectedTexts;

  ItemJudge(Rubric rubric) {
    this.rubric = rubric;
    this.reader = new AnswerReader(rubric.vocabulary());
    this.predictions = new PredictionJudge(rubric.vocabulary(), rubric.policies().ties());
    this.followThrough = new FollowThrough(rubric);
    this.diagnoser = new Diagnoser(rubric);
    this.expectedTexts = expectedTexts(rubric, predictions);
  }

  private static List<Map<ItemKind, String>> expectedTexts(Rubric rubric, PredictionJudge predictions) {
    List<Map<ItemKind, String>> texts = new ArrayList<>();
    for (Step step : rubric.reference().steps()) {
      Map<ItemKind, String> byKind = new EnumMap<>(ItemKind.class);
      for (ItemKind kind : ItemKind.values()) {
        if (kind.isVector()) {
          byKind.put(kind, Verdicts.expectedVector(step, kind).toString());
        }
      }
      byKind.put(ItemKind.PREDICTION, predictions.expected(step));
      texts.add(byKind);
    }
    return texts;
  }

  @Override
  public ItemResult judge(Submission submission, Question question, ItemSpec item) {
    if (item.kind() == ItemKind.MANUAL) {
      return Verdicts.manual(question, item);
    }
    int position = question.step().getAsInt();
    Step step = rubric.reference().step(position);
    StudentValues values = new StudentValues(rubric, reader, submission);
    // Follow-through is only needed once an answer is not correct: computed on demand.
    Supplier<Optional<FollowThrough.Target>> target = () -> followThrough.target(item.kind(), position, values);
    String expected = expectedTexts.get(position - 1).get(item.kind());
    Reading reading = reader.read(submission, question, item);
    if (reading instanceof Reading.Numbers numbers) {
      Vector reference = Verdicts.expectedVector(step, item.kind());
      return vectors.judge(question, item, numbers.vector(), reference, expected, target,
          () -> diagnoser.vector(item.kind(), position, numbers.vector(), reference, values));
    }
    if (reading instanceof Reading.Token token) {
      return predictions.judge(question, item, token.id(), step, expected, target,
          () -> diagnoser.prediction(position, token.id(), predictions.accepted(step.predicted()), values));
    }
    Reading.Failed failed = (Reading.Failed) reading;
    return Verdicts.zero(question, item, failed.status(), failed.given(), expected, failed.feedback());
  }
}
