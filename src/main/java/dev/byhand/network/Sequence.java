package dev.byhand.network;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A sequence a table runs over, as the rubric's {@code "sequences"} gives it: {@code "intention"}
 * is its letters, {@code ["the", "cat"]} its words. Position 1 is the first symbol ({@code s_1}).
 * Immutable.
 */
public record Sequence(String name, List<String> symbols) {
  public Sequence {
    requireNonNull(name, "name");
    symbols = List.copyOf(symbols);
  }

  /** How many symbols it has: the table has one more row (or column) than that. */
  public int length() {
    return symbols.size();
  }

  /** The symbol at {@code position}, from 1. */
  public String at(int position) {
    return symbols.get(position - 1);
  }
}
