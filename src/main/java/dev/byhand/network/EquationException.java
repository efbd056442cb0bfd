package dev.byhand.network;

/**
 * An equation or value that cannot work. The message names the equation and says how to fix it,
 * e.g. {@code "hidden_t = relu(pre_t)": unknown name "pre_t"; known quantities are …}.
 */
public final class EquationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EquationException(String message) {
    super(message);
  }
}
