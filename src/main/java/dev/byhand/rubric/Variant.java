package dev.byhand.rubric;

import static java.util.Objects.requireNonNull;

import dev.byhand.network.Value;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One student's numbers: the values {@link Variants#vary} names, drawn for {@code key}. Immutable.
 *
 * @param id a short id of the values (8 hex digits): equal values, equal ids
 * @param key the student key it was drawn for, normalised ({@code variants.StudentKey.normalise})
 * @param attempt which draw (from 0) was the first to keep every guarantee
 * @param values the drawn values, by name
 */
public record Variant(String id, String key, int attempt, Map<String, Value> values) {
  public Variant {
    requireNonNull(id, "id");
    requireNonNull(key, "key");
    values = Collections.unmodifiableMap(new TreeMap<>(values));
  }
}
