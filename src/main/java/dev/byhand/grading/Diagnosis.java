package dev.byhand.grading;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A known mistake that explains a wrong answer: its id (as in results.json, e.g. {@code no-relu}),
 * one sentence a student can learn from, and the ids of other known mistakes that give the same
 * numbers (named in the sentence too).
 */
public record Diagnosis(String id, String explanation, List<String> alsoFits) {
  public Diagnosis {
    requireNonNull(id, "id");
    requireNonNull(explanation, "explanation");
    alsoFits = List.copyOf(alsoFits);
  }

  /** A mistake no other one could be mistaken for. */
  public Diagnosis(String id, String explanation) {
    this(id, explanation, List.of());
  }

  /** Whether this names {@code mistake}: as the diagnosis, or as giving the same numbers. */
  public boolean names(String mistake) {
    return id.equals(mistake) || alsoFits.contains(mistake);
  }
}
