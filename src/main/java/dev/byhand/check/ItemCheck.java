package dev.byhand.check;

import static java.util.Objects.requireNonNull;

import dev.byhand.grading.ItemResult;
import java.util.Optional;

/**
 * The self-check of one rubric item.
 *
 * @param key {@code q1.hidden}
 * @param state what was found
 * @param where {@code line 3} (CSV) or {@code $.q1.hidden} (JSON); empty when the answer is not in
 *     the file
 * @param message for a problem, what is wrong and how to fix it; otherwise empty or a short note
 * @param graded the verdict grading gives, only when the rubric's self-check policy is {@code
 *     correctness}
 * @param read for an answer that was read, the text it was read from (the line as it stands in the
 *     file, or the JSON value), so a misread shows itself; empty otherwise
 */
public record ItemCheck(
    String key,
    ItemState state,
    String where,
    String message,
    Optional<ItemResult> graded,
    String read) {
  public ItemCheck {
    requireNonNull(key, "key");
    requireNonNull(state, "state");
    requireNonNull(where, "where");
    requireNonNull(message, "message");
    requireNonNull(graded, "graded");
    requireNonNull(read, "read");
  }

  /** The same check with grading's verdict attached. */
  ItemCheck withGraded(ItemResult result) {
    return new ItemCheck(key, state, where, message, Optional.of(result), read);
  }

  /** The same check, saying which text the answer was read from. */
  ItemCheck readFrom(String text) {
    return new ItemCheck(key, state, where, message, graded, text);
  }
}
