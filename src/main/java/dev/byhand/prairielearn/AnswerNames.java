package dev.byhand.prairielearn;

import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;

/**
 * The {@code answers-name} of an item's input in a PrairieLearn question: its key with every
 * character other than a letter or digit as {@code _} ({@code q1.hidden} → {@code q1_hidden}),
 * which PrairieLearn accepts as a name and a matrix input extends with each cell's number.
 */
final class AnswerNames {
  private AnswerNames() {}

  static String of(Question question, ItemSpec item) {
    return question.key(item).replaceAll("[^A-Za-z0-9]", "_");
  }
}
