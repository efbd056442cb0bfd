package dev.byhand.rubric;

import static java.util.Objects.requireNonNull;

import dev.byhand.rnn.Rational;

/**
 * One answer item of a question: what it asks for and what it is worth. For a {@link ItemKind#MANUAL}
 * item {@code name} is the rubric's own name (e.g. {@code diagram}); otherwise it is the kind's id.
 */
public record ItemSpec(ItemKind kind, String name, Rational points) {
  public ItemSpec {
    requireNonNull(kind, "kind");
    requireNonNull(name, "name");
    requireNonNull(points, "points");
    if (points.signum() < 0) {
      throw new IllegalArgumentException("points must not be negative");
    }
  }
}
