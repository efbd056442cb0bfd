package dev.byhand.grading;

import static java.util.Objects.requireNonNull;

/**
 * A known mistake that explains a wrong answer: its id (as in results.json, e.g. {@code no-relu})
 * and one sentence a student can learn from.
 */
public record Diagnosis(String id, String explanation) {
  public Diagnosis {
    requireNonNull(id, "id");
    requireNonNull(explanation, "explanation");
  }
}
