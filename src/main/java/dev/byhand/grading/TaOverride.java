package dev.byhand.grading;

import static java.util.Objects.requireNonNull;

import dev.byhand.exact.Rational;

/**
 * A TA's change of the points byhand gave an auto-graded item (a regrade request), read with {@code
 * --manual}. The item keeps byhand's verdict, feedback and diagnosis; its points become the TA's.
 *
 * @param byhandPoints the points byhand gave, before the TA changed them
 * @param comment why the TA changed them, {@code ""} when the TA gave no reason
 */
public record TaOverride(Rational byhandPoints, String comment) {
  public TaOverride {
    requireNonNull(byhandPoints, "byhandPoints");
    requireNonNull(comment, "comment");
  }
}
