package dev.byhand.variants;

import dev.byhand.network.EquationException;
import dev.byhand.network.Value;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricException;
import dev.byhand.rubric.Variant;
import dev.byhand.rubric.Variants;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Draws students' variants until each keeps every guarantee, a bounded number of times. One per
 * rubric and roster: the guarantees are prepared once, and only the kept draw's values leave it.
 * Immutable and thread-safe.
 */
final class StudentVariants {
  private final Rubric base;
  private final Variants variants;
  private final VariantGuarantees guarantees;

  StudentVariants(Rubric base, Variants variants) {
    this.base = base;
    this.variants = variants;
    this.guarantees = VariantGuarantees.of(base, variants.maxAbs());
  }

  /**
   * The variant of the student with {@code key}: the first draw that keeps every guarantee.
   *
   * @throws RubricException when no draw of {@link Variants#MAX_ATTEMPTS} keeps the guarantees,
   *     naming the setting to loosen
   * @throws IllegalArgumentException for a blank key
   */
  Variant draw(String key) {
    String normal = StudentKey.normalise(key);
    Map<VariantGuarantees.Broken, Integer> broken = new EnumMap<>(VariantGuarantees.Broken.class);
    Optional<String> uncomputable = Optional.empty();
    for (int attempt = 0; attempt < Variants.MAX_ATTEMPTS; attempt++) {
      Map<String, Value> values =
          VariantDraw.values(
              variants,
              base.network().values(),
              VariantDraw.seed(variants.seed(), normal, attempt));
      Optional<VariantGuarantees.Broken> failure;
      try {
        failure = guarantees.check(values);
      } catch (EquationException e) {
        // Drawn values keep their shapes, so this is a value an equation cannot take (a division
        // by zero): a bad draw like a tie, drawn again.
        failure = Optional.of(VariantGuarantees.Broken.UNCOMPUTABLE);
        uncomputable = uncomputable.or(() -> Optional.of(e.getMessage()));
      }
      if (failure.isEmpty()) {
        return new Variant(VariantDraw.id(values), normal, attempt, values);
      }
      broken.merge(failure.get(), 1, Integer::sum);
    }
    throw impossible(normal, broken, uncomputable);
  }

  /**
   * The variants of a roster, in its order, each drawn once per distinct key: in parallel, since a
   * student's draws depend on their key alone (the result is the one of drawing one by one).
   *
   * @throws RubricException when a student's draws cannot keep the guarantees, or two students'
   *     keys draw the same numbers (naming both); the first such student in roster order is named
   * @throws IllegalArgumentException for a blank key
   */
  List<Variant> roster(List<String> keys) {
    List<String> normal = keys.stream().map(StudentKey::normalise).toList();
    Map<String, Drawn> byKey =
        normal.stream().distinct().toList().parallelStream()
            .collect(Collectors.toMap(key -> key, this::attempt));
    Map<Map<String, Value>, String> owners = new HashMap<>();
    List<Variant> roster = new ArrayList<>(keys.size());
    for (String key : normal) {
      Variant variant = byKey.get(key).variant();
      String owner = owners.putIfAbsent(variant.values(), variant.key());
      if (owner != null && !owner.equals(variant.key())) {
        throw new RubricException(
            variants.source()
                + ": variants: students \""
                + owner
                + "\" and \""
                + variant.key()
                + "\" draw the same numbers (variant "
                + variant.id()
                + "); widen the ranges in variants.vary, or vary more values");
      }
      roster.add(variant);
    }
    return roster;
  }

  /** A student's variant, or why none of their draws keeps the guarantees. */
  private record Drawn(Optional<Variant> drawn, Optional<RubricException> failure) {
    Variant variant() {
      return drawn.orElseThrow(() -> failure.orElseThrow());
    }
  }

  private Drawn attempt(String key) {
    try {
      return new Drawn(Optional.of(draw(key)), Optional.empty());
    } catch (RubricException e) {
      return new Drawn(Optional.empty(), Optional.of(e));
    }
  }

  private RubricException impossible(
      String key, Map<VariantGuarantees.Broken, Integer> broken, Optional<String> uncomputable) {
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
    uncomputable.ifPresent(
        first -> message.append(" (the first that could not: ").append(first).append(")"));
    return new RubricException(message.toString());
  }
}
