package dev.byhand.submission;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalInt;

/**
 * One answer item a rubric asks for, as the plain data key matching needs: nothing here depends on
 * how the rubric computes the item.
 *
 * @param question the question id ({@code q1})
 * @param item the item's name in the rubric, any quantity name ({@code hidden}, {@code dW1}, {@code
 *     h_top}); keys resolve to exactly this spelling
 * @param step the step of the sentence the question is about, if any
 * @param label the item for people ({@code hidden state h1}); its last word, when it is a symbol
 *     with the step ({@code h1}), is one more name for the item
 * @param position the item's place in its question, from 1 ({@code 1b} is position 2 of q1)
 * @param aliases the rubric's other names for the item ({@code h^1_0}, {@code next1})
 * @param entries how many numbers the item's answer holds ({@code 3} for {@code [5, 4, 0]}); empty
 *     when not known or not numbers
 */
public record KeyTarget(
    String question,
    String item,
    OptionalInt step,
    String label,
    int position,
    List<String> aliases,
    OptionalInt entries) {
  public KeyTarget {
    requireNonNull(entries, "entries");
    aliases = List.copyOf(requireNonNull(aliases, "aliases"));
    requireNonNull(question, "question");
    requireNonNull(item, "item");
    requireNonNull(step, "step");
    requireNonNull(label, "label");
    if (position < 1) {
      throw new IllegalArgumentException("position counts from 1, was " + position);
    }
  }

  /** A target whose answer's size is not known. */
  public KeyTarget(
      String question,
      String item,
      OptionalInt step,
      String label,
      int position,
      List<String> aliases) {
    this(question, item, step, label, position, aliases, OptionalInt.empty());
  }

  /** A target the rubric gives no aliases. */
  public KeyTarget(String question, String item, OptionalInt step, String label, int position) {
    this(question, item, step, label, position, List.of());
  }

  AnswerKey key() {
    return new AnswerKey(question, item);
  }
}
