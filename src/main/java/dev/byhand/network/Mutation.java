package dev.byhand.network;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * One small change to one equation: a mistake a student can make by hand. {@code id} is what
 * results.json shows ({@code transposed:W2}); {@code sentence} explains it from the equation it
 * changes. A mutation that reads a quantity's value before its activation brings a {@code helper}
 * equation for that value, and its start value.
 *
 * @param operator the kind of change: {@code no-relu}, {@code dropped-term}, {@code transposed}, …
 * @param symbol what it changes: a value, a term or a quantity ({@code W2}, {@code b1}, {@code a1})
 */
public record Mutation(
    String id,
    String operator,
    String symbol,
    Equation original,
    Equation changed,
    List<Equation> helpers,
    Map<String, Value> startValues,
    String sentence) {
  public Mutation {
    requireNonNull(id, "id");
    requireNonNull(operator, "operator");
    requireNonNull(symbol, "symbol");
    requireNonNull(original, "original");
    requireNonNull(changed, "changed");
    helpers = List.copyOf(helpers);
    startValues = Map.copyOf(startValues);
    requireNonNull(sentence, "sentence");
    if (!original.name().equals(changed.name())) {
      throw new IllegalArgumentException(
          "a mutation changes " + original.name() + ", not " + changed.name());
    }
  }

  /** A rubric's own wrong equation, named and explained by its author. */
  public static Mutation named(String id, Equation original, Equation changed, String text) {
    return new Mutation(id, id, original.name(), original, changed, List.of(), Map.of(), text);
  }

  /** The quantity whose equation it changes. */
  public String quantity() {
    return changed.name();
  }

  /** The same mutation under another id. */
  Mutation withId(String newId) {
    return new Mutation(newId, operator, symbol, original, changed, helpers, startValues, sentence);
  }
}
