package dev.byhand.network;

import static java.util.Objects.requireNonNull;

/** A mutation with its network compiled and run once, for every student. Immutable. */
public record Mutant(Mutation mutation, Network network) {
  public Mutant {
    requireNonNull(mutation, "mutation");
    requireNonNull(network, "network");
  }
}
