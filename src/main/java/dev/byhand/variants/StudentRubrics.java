package dev.byhand.variants;

import static java.util.Objects.requireNonNull;

import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricException;
import dev.byhand.rubric.Variant;
import java.util.List;

/**
 * The rubric each student answers: drawing their variant, or taking one drawn before. Stateless.
 */
public final class StudentRubrics {
  private StudentRubrics() {}

  /**
   * The rubric a student with {@code key} answers: {@code rubric} itself when it has no variants,
   * else the same questions over the student's own values. Deterministic: the same key gives the
   * same numbers on any machine and in any version.
   *
   * @throws RubricException when no draw keeps the guarantees (the message names the setting to
   *     loosen)
   * @throws IllegalArgumentException for a blank key
   */
  public static Rubric forStudent(Rubric rubric, String key) {
    requireNonNull(key, "key");
    if (rubric.variants().isEmpty()) {
      return rubric;
    }
    // Only the shapes of this rubric's values matter: every varied value is drawn anew.
    return with(rubric, new StudentVariants(rubric, rubric.variants().get()).draw(key));
  }

  /**
   * The variants of a roster, in its order, each drawn once per distinct key (the guarantees are
   * prepared once for the whole roster).
   *
   * @throws RubricException when a student's draws cannot keep the guarantees, or two students'
   *     keys draw the same numbers (naming both); the first such student in roster order is named
   * @throws IllegalArgumentException for a blank key
   */
  public static List<Variant> forRoster(Rubric rubric, List<String> keys) {
    if (rubric.variants().isEmpty()) {
      throw new IllegalStateException("the rubric has no variants");
    }
    return new StudentVariants(rubric, rubric.variants().get()).roster(keys);
  }

  /** {@code rubric} over a variant drawn before ({@link #forRoster}), without drawing again. */
  public static Rubric with(Rubric rubric, Variant chosen) {
    return rubric.withValues(chosen.values(), chosen);
  }
}
