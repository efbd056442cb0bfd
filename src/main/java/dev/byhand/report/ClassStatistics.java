package dev.byhand.report;

import dev.byhand.exact.Rational;
import java.util.List;

/** Exact mean and median of scores. */
public final class ClassStatistics {
  private ClassStatistics() {}

  /** The exact mean; {@code values} must not be empty. */
  public static Rational mean(List<Rational> values) {
    return values.stream().reduce(Rational.ZERO, Rational::add).divide(Rational.of(values.size()));
  }

  /**
   * The exact median (the mean of the middle two for an even count); {@code values} must not be
   * empty.
   */
  public static Rational median(List<Rational> values) {
    List<Rational> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : sorted.get(middle - 1).add(sorted.get(middle)).divide(Rational.of(2));
  }
}
