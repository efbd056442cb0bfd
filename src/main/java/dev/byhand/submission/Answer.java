package dev.byhand.submission;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One answer as the student wrote it, before the rubric gives it meaning.
 *
 * @param key the normalised key
 * @param keyAsWritten the key exactly as it appears in the file (for messages)
 * @param values the written values, one per number or word, already split out of a one-cell vector
 *     ({@code "[5, 4, 0]"} gives {@code 5}, {@code 4}, {@code 0}); never null, empty when left blank
 * @param location where the answer is in the file
 * @param text the answer's text as written, without LaTeX and comments, before it was split into
 *     values: what a decorated prediction ({@code BOS (index 0)}) is read from
 */
public record Answer(AnswerKey key, String keyAsWritten, List<String> values, Location location, String text) {
  public Answer {
    requireNonNull(key, "key");
    requireNonNull(keyAsWritten, "keyAsWritten");
    values = List.copyOf(requireNonNull(values, "values"));
    requireNonNull(location, "location");
    requireNonNull(text, "text");
  }

  /** An answer whose text is its values, one after another. */
  public Answer(AnswerKey key, String keyAsWritten, List<String> values, Location location) {
    this(key, keyAsWritten, values, location, String.join(" ", values));
  }

  public boolean isBlank() {
    return values.isEmpty();
  }
}
