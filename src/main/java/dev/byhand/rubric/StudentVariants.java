package dev.byhand.rubric;

import dev.byhand.network.EquationException;
import dev.byhand.network.Network;
import dev.byhand.network.Value;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Draws a student's variant until it keeps every guarantee, a bounded number of times. Stateless.
 */
final class StudentVariants {
  private StudentVariants() {}

  /**
   * The rubric with the student's own values.
   *
   * @throws RubricException when no draw of {@link Variants#MAX_ATTEMPTS} keeps the guarantees,
   *     naming the setting to loosen
   */
  static Rubric draw(Rubric base, Variants variants, String key) {
    String normal = StudentKey.normalise(key);
    Map<VariantGuarantees.Broken, Integer> broken = new EnumMap<>(VariantGuarantees.Broken.class);
    for (int attempt = 0; attempt < Variants.MAX_ATTEMPTS; attempt++) {
      Map<String, Value> values =
          VariantDraw.values(
              variants,
              base.network().values(),
              VariantDraw.seed(variants.seed(), normal, attempt));
      // Only the network is run for a draw that may be rejected; the whole rubric for the one kept.
      Network candidate;
      try {
        candidate = base.network().withValues(values);
      } catch (EquationException e) {
        throw new RubricException(variants.source() + ": variants: " + e.getMessage());
      }
      Optional<VariantGuarantees.Broken> failure =
          VariantGuarantees.check(candidate, base.questions(), variants.maxAbs());
      if (failure.isEmpty()) {
        return base.withValues(
            values, new Variant(VariantDraw.id(values), normal, attempt, values));
      }
      broken.merge(failure.get(), 1, Integer::sum);
    }
    throw impossible(variants, normal, broken);
  }

  private static RubricException impossible(
      Variants variants, String key, Map<VariantGuarantees.Broken, Integer> broken) {
    StringBuilder message =
        new StringBuilder(variants.source())
            .append(": variants: none of ")
            .append(Variants.MAX_ATTEMPTS)
            .append(" draws for student \"")
            .append(key)
            .append("\" is a good exercise (maxAbs ")
            .append(variants.maxAbs())
            .append(", vary ")
            .append(variants.vary())
            .append(")");
    broken.forEach(
        (why, count) ->
            message
                .append("; ")
                .append(count)
                .append(" ")
                .append(why.what)
                .append(": ")
                .append(why.fix));
    return new RubricException(message.toString());
  }
}
