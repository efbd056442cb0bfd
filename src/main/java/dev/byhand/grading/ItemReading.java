package dev.byhand.grading;

import static java.util.Objects.requireNonNull;

/**
 * How grading reads one answer item, and nothing about whether it is right.
 *
 * @param readability readable, missing or unreadable
 * @param fix for a missing or unreadable answer, grading's own sentence saying where and how to fix
 *     it; empty for a readable one, so no correctness can leak through it
 */
public record ItemReading(Readability readability, String fix) {
  public ItemReading {
    requireNonNull(readability, "readability");
    requireNonNull(fix, "fix");
    if (readability == Readability.READABLE && !fix.isEmpty()) {
      throw new IllegalArgumentException("a readable answer carries no fix");
    }
  }
}
