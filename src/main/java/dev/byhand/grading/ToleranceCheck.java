package dev.byhand.grading;

import static java.util.Objects.requireNonNull;

import dev.byhand.exact.Rational;
import java.util.List;

/**
 * How an item compared within a tolerance was judged: the tolerance applied, the decimals the
 * reference is shown with, and which entries (from 1, row by row) lie outside the tolerance from
 * the reference.
 */
public record ToleranceCheck(Rational tolerance, int places, List<Integer> outside) {
  public ToleranceCheck {
    requireNonNull(tolerance, "tolerance");
    outside = List.copyOf(outside);
  }

  /** Whether entry {@code position} (from 1) lies outside the tolerance. */
  public boolean isOutside(int position) {
    return outside.contains(position);
  }
}
