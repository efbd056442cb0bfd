package dev.byhand.rubric;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rubric's {@code variants} section: which values each student gets their own integers for, from
 * which seed, and the guarantees' bound. Immutable. The drawing procedure is documented in {@code
 * docs/VARIANTS.md} and must never change: a student's numbers are a function of {@code seed} and
 * their key alone.
 *
 * @param seed the course's seed, e.g. {@code colgate-fall-2026}
 * @param vary by value name (in ascending name order, the drawing order), its inclusive range
 * @param maxAbs the largest magnitude a student may meet in an asked item
 * @param source the rubric file, for messages
 */
public record Variants(String seed, Map<String, Range> vary, BigInteger maxAbs, String source) {
  /** Draws per student before the guarantees are declared impossible (Numbas' default). */
  public static final int MAX_ATTEMPTS = 100;

  /** The default of {@code maxAbs}. */
  public static final BigInteger DEFAULT_MAX_ABS = BigInteger.valueOf(999);

  /** An inclusive integer range {@code [low, high]}. */
  public record Range(int low, int high) {
    public Range {
      if (low > high) {
        throw new IllegalArgumentException("range [" + low + ", " + high + "] is empty");
      }
    }

    /** How many integers it holds. */
    public long size() {
      return (long) high - low + 1;
    }

    @Override
    public String toString() {
      return "[" + low + ", " + high + "]";
    }
  }

  public Variants {
    requireNonNull(seed, "seed");
    requireNonNull(maxAbs, "maxAbs");
    requireNonNull(source, "source");
    vary = Collections.unmodifiableMap(new TreeMap<>(vary));
    if (vary.isEmpty()) {
      throw new IllegalArgumentException("variants.vary names no value");
    }
  }
}
