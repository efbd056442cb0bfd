package dev.byhand.submission;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A normalised answer key such as {@code q1.hidden}: a question id ({@code q} + digits) and an item
 * name (lower-case letters). The item is {@code ""} when the student named only the question
 * ({@code q2,BOS}), which answers a question that asks for one item. Immutable.
 *
 * @param item the item, a common synonym mapped to the handout's name ({@code h} → {@code hidden})
 * @param written the item as written (normalised), so a rubric with an item of that very name
 *     ({@code output}) still finds it
 */
public record AnswerKey(String question, String item, String written) {
  public AnswerKey {
    requireNonNull(question, "question");
    requireNonNull(item, "item");
    requireNonNull(written, "written");
  }

  /** A key whose item was written as it is. */
  public AnswerKey(String question, String item) {
    this(question, item, item);
  }

  /**
   * Reads a key the way students write it: {@code q1.hidden}, {@code Q1 hidden}, {@code q1_hidden},
   * {@code q1-Logits}, {@code 1.hidden}, and common item synonyms ({@code h}, {@code logit}, {@code
   * output}, {@code pred}, {@code next token}). Empty when the text is not a key.
   */
  public static Optional<AnswerKey> parse(String raw) {
    return KeySyntax.parse(raw);
  }

  /**
   * Whether this key, written by a student, answers {@code key} of the rubric: the same item, or a
   * common synonym of it ({@code h}, {@code output}, {@code pred}) when the question has no item of
   * the written name itself ({@code siblings}: the names of its items as the rubric spells them).
   */
  public boolean answers(AnswerKey key, java.util.Collection<String> siblings) {
    if (!question.equals(key.question)) {
      return false;
    }
    return written.equals(key.item) || (!siblings.contains(written) && item.equals(key.item));
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
    return other instanceof AnswerKey that
        && question.equals(that.question)
        && item.equals(that.item);
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
