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

  /** {@code hidden_2}, or the bare name of a quantity without steps. */
  @Override
  public String toString() {
    return step == 0 ? quantity : quantity + "_" + step;
  }
}
