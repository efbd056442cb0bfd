package dev.byhand.submission;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One answer as the student wrote it, before the rubric gives it meaning.
 *
 * @param key the normalised key
 * @param keyAsWritten the key exactly as it appears in the file (for messages)
 * @param values the written values, one per number or word, already split out of a one-cell vector
 *     ({@code "[5, 4, 0]"} gives {@code 5}, {@code 4}, {@code 0}); never null, empty when left
 *     blank
 * @param location where the answer is in the file
 * @param text the answer's text as written, without LaTeX and comments, before it was split into
 *     values: what a decorated prediction ({@code BOS (index 0)}) is read from
 * @param rowSizes for a matrix written by rows ({@code [[1, 2], [3, 4]]}, {@code 1 2; 3 4}, numpy's
 *     print), how many of {@code values} each row holds; empty for a flat list
 * @param refusal when the reader found this item's key, label or heading but could not be sure what
 *     value it is given (two readings, a key that fits two items), the sentence saying why and how
 *     to fix it, quoting the text; such an answer is never judged
 */
public record Answer(
    AnswerKey key,
    String keyAsWritten,
    List<String> values,
    Location location,
    String text,
    List<Integer> rowSizes,
    Optional<String> refusal) {
  public Answer {
    requireNonNull(refusal, "refusal");
    requireNonNull(key, "key");
    requireNonNull(keyAsWritten, "keyAsWritten");
    values = List.copyOf(requireNonNull(values, "values"));
    requireNonNull(location, "location");
    requireNonNull(text, "text");
    rowSizes = List.copyOf(requireNonNull(rowSizes, "rowSizes"));
    if (rowSizes.stream().mapToInt(Integer::intValue).sum()
        != (rowSizes.isEmpty() ? 0 : values.size())) {
      throw new IllegalArgumentException(
          "row sizes " + rowSizes + " do not add up to " + values.size() + " values");
    }
  }

  /** An answer the reader is sure of. */
  public Answer(
      AnswerKey key,
      String keyAsWritten,
      List<String> values,
      Location location,
      String text,
      List<Integer> rowSizes) {
    this(key, keyAsWritten, values, location, text, rowSizes, Optional.empty());
  }

  /** The item {@code key} is there at {@code location}, but its value could not be read. */
  static Answer refused(AnswerKey key, String keyAsWritten, Location location, String why) {
    return new Answer(key, keyAsWritten, List.of(), location, "", List.of(), Optional.of(why));
  }

  /** A flat answer whose text is its values, one after another. */
  public Answer(AnswerKey key, String keyAsWritten, List<String> values, Location location) {
    this(key, keyAsWritten, values, location, String.join(" ", values), List.of());
  }

  /** A flat answer with its text as written. */
  public Answer(
      AnswerKey key, String keyAsWritten, List<String> values, Location location, String text) {
    this(key, keyAsWritten, values, location, text, List.of());
  }

  /** Answers written one row a line under the same key, read as the rows of one matrix. */
  public static Answer rows(List<Answer> lines) {
    List<String> values = new java.util.ArrayList<>();
    List<Integer> sizes = new java.util.ArrayList<>();
    List<String> texts = new java.util.ArrayList<>();
    for (Answer line : lines) {
      values.addAll(line.values());
      sizes.add(line.values().size());
      texts.add(line.text());
    }
    Answer first = lines.get(0);
    return new Answer(
        first.key(),
        first.keyAsWritten(),
        values,
        first.location(),
        String.join("; ", texts),
        sizes);
  }

  public boolean isBlank() {
    return values.isEmpty() && refusal.isEmpty();
  }
}
