package dev.byhand.check;

import dev.byhand.submission.AnswerKey;
import dev.byhand.submission.NearestKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The rubric key a misspelt one most likely meant: {@code q1.lgits} → {@code q1.logits}. */
final class KeySuggestions {
  private final List<String> keys;

  /** {@code keys} in rubric order; ties go to the earlier one. */
  KeySuggestions(List<String> keys) {
    this.keys = List.copyOf(keys);
  }

  /**
   * The nearest key within a few typing mistakes, preferring one the file does not answer yet;
   * empty when nothing is close enough to be a guess worth printing.
   */
  Optional<String> nearest(AnswerKey written, Set<String> answered) {
    return NearestKey.of(written.toString(), keys, answered);
  }

  static int distance(String a, String b) {
    return NearestKey.distance(a, b);
  }
}
