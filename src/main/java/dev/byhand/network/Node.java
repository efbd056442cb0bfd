package dev.byhand.network;

import static java.util.Objects.requireNonNull;

/**
 * One quantity of a trace: {@code hidden} at step 2, or a quantity without steps ({@code step} 0).
 * For a per-step quantity, step 0 is its start value ({@code hidden_0}).
 */
public record Node(String quantity, int step) {
  public Node {
    requireNonNull(quantity, "quantity");
    if (step < 0) {
      throw new IllegalArgumentException("step " + step + " is negative");
    }
  }

  /** Written out: the generated method goes through method handles, which C1 does not inline. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Node that && step == that.step && quantity.equals(that.quantity);
  }

  @Override
  public int hashCode() {
    return 31 * quantity.hashCode() + step;
  }

  /** {@code hidden_2}, or the bare name of a quantity without steps. */
  @Override
  public String toString() {
    return step == 0 ? quantity : quantity + "_" + step;
  }
}
