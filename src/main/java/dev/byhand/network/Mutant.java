package dev.byhand.network;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A mutation with its network compiled: run once for every student of a rubric, or, over one
 * student's own values ({@link #withValues}), when a diagnosis first asks for it (a student with
 * nothing wrong never does, and most of a class's students have little wrong). Thread-safe.
 */
public final class Mutant {
  private final Mutation mutation;
  private Supplier<Network> pending;
  private volatile Network network;

  public Mutant(Mutation mutation, Network network) {
    this.mutation = requireNonNull(mutation, "mutation");
    this.network = requireNonNull(network, "network");
  }

  private Mutant(Mutation mutation, Supplier<Network> pending) {
    this.mutation = mutation;
    this.pending = pending;
  }

  public Mutation mutation() {
    return mutation;
  }

  /**
   * The mutated network, run over its values.
   *
   * @throws EquationException when it cannot compute over values given to {@link #withValues}
   */
  public Network network() {
    // Every student of a rubric reads its mutants from both grading threads: no lock once run.
    Network run = network;
    if (run != null) {
      return run;
    }
    synchronized (this) {
      if (network == null) {
        network = pending.get();
        pending = null;
      }
      return network;
    }
  }

  /**
   * The same mutation over other values of the same names and shapes ({@code values} replacing some
   * of this network's), run when first asked for.
   */
  public Mutant withValues(Map<String, Value> values) {
    Map<String, Value> copy = Map.copyOf(values);
    return new Mutant(mutation, () -> network().withValues(copy));
  }

  /**
   * The same network under {@code renamed}: the same change, named or explained otherwise, or drawn
   * again for other values.
   */
  public Mutant named(Mutation renamed) {
    return new Mutant(renamed, this::network);
  }
}
