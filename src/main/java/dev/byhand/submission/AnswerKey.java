package dev.byhand.submission;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A normalised answer key such as {@code q1.hidden}: a question id ({@code q} + digits) and an item
 * name (lower-case letters). The item is {@code ""} when the student named only the question
 * ({@code q2,BOS}), which answers a question that asks for one item. Immutable.
 */
public record AnswerKey(String question, String item) {
  public AnswerKey {
    requireNonNull(question, "question");
    requireNonNull(item, "item");
  }

  /**
   * Reads a key the way students write it: {@code q1.hidden}, {@code Q1 hidden}, {@code q1_hidden},
   * {@code q1-Logits}, {@code 1.hidden}, and common item synonyms ({@code h}, {@code logit},
   * {@code output}, {@code pred}, {@code next token}). Empty when the text is not a key.
   */
  public static Optional<AnswerKey> parse(String raw) {
    return KeySyntax.parse(raw);
  }

  /** Whether the student named only the question, not the item. */
  public boolean isQuestionOnly() {
    return item.isEmpty();
  }

  /**
   * Written out, with the record's own hash formula: the generated methods go through method
   * handles, which C1, the only compiler `grade` uses, does not inline, and every item looks its
   * answers up by key.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof AnswerKey that && question.equals(that.question) && item.equals(that.item);
  }

  @Override
  public int hashCode() {
    return 31 * question.hashCode() + item.hashCode();
  }

  /** {@code q1.hidden}, or {@code q2} for a question-only key. */
  @Override
  public String toString() {
    return item.isEmpty() ? question : question + "." + item;
  }
}
