package dev.byhand.submission;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rubric key a misspelt one most likely meant: {@code q1.lgits} → {@code q1.logits}. Stateless.
 */
public final class NearestKey {
  private NearestKey() {}

  /**
   * The nearest of {@code keys} (in rubric order; ties go to the earlier one) to {@code written},
   * within a few typing mistakes, preferring one the file does not answer yet ({@code answered});
   * empty when nothing is close enough to be a guess worth printing.
   */
  public static Optional<String> of(String written, List<String> keys, Set<String> answered) {
    int allowed = Math.max(2, written.length() / 4);
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    for (String key : keys) {
      int distance = distance(written, key);
      // Doubling keeps any nearer key ahead; the +1 lets an unanswered key win a tie.
      int score = 2 * distance + (answered.contains(key) ? 1 : 0);
      if (distance <= allowed && score < bestScore) {
        best = key;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance; keys are short, so the quadratic table is a few hundred cells. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
