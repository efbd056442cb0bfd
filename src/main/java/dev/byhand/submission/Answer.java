package dev.byhand.submission;

import static java.util.Objects.requireNonNull;

import java.util.List;

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
 */
public record Answer(
    AnswerKey key,
    String keyAsWritten,
    List<String> values,
    Location location,
    String text,
    List<Integer> rowSizes) {
  public Answer {
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
    return values.isEmpty();
  }
}
