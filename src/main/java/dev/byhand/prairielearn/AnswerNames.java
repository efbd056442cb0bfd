package dev.byhand.prairielearn;

import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;

/**
 * The {@code answers-name} of an item's input in a PrairieLearn question: its key with every
 * character other than a letter or digit as {@code _}, and a final {@code _} ({@code q1.hidden} →
 * {@code q1_hidden_}). A matrix input's cells are the name and a number ({@code q1_hidden_1}), so
 * with the final {@code _} no item's cells can take another item's name ({@code q1.z} and {@code
 * q1.z1}).
 */
final class AnswerNames {
  private AnswerNames() {}

  static String of(Question question, ItemSpec item) {
    return question.key(item).replaceAll("[^A-Za-z0-9]", "_") + "_";
  }
}
