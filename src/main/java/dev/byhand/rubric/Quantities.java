package dev.byhand.rubric;

import java.util.Map;

/**
 * How people call a quantity, in one place: the handout's names have their own words ({@code
 * hidden} is "hidden state h1"), any other quantity is called by its name.
 */
public final class Quantities {
  /** The handout's quantities: their description, and how a sentence refers to one at a step. */
  private record Words(String description, String phrase) {}

  private static final Map<String, Words> HANDOUT =
      Map.of(
          "input", new Words("input row", "the input row at step "),
          "preactivation", new Words("pre-activation", "the pre-activation at step "),
          "hidden", new Words("hidden state", "h"),
          "logits", new Words("logits", "the logits at step "),
          "prediction", new Words("predicted next token", "the prediction at step "));

  private Quantities() {}

  /** {@code hidden state}, {@code logits}, or the quantity's own name. */
  public static String description(String quantity) {
    Words words = HANDOUT.get(quantity);
    return words == null ? quantity : words.description();
  }

  /**
   * The item for people: {@code hidden state h1}, {@code logits at step 1}, {@code z1 at step 2},
   * or for a quantity without steps ({@code step} 0) its name.
   */
  public static String label(String quantity, int step) {
    if (step == 0) {
      return quantity;
    }
    return quantity.equals("hidden")
        ? "hidden state h" + step
        : description(quantity) + " at step " + step;
  }

  /**
   * Inside a sentence: {@code h1}, {@code the logits at step 1}, {@code z1 at step 2}, {@code dW1}.
   */
  public static String phrase(String quantity, int step) {
    if (step == 0) {
      return quantity;
    }
    Words words = HANDOUT.get(quantity);
    return words == null ? quantity + " at step " + step : words.phrase() + step;
  }

  /** A short column heading: {@code h1}, {@code logits 1}, {@code z1 2}, {@code dW1}. */
  public static String shortName(String quantity, int step) {
    if (step == 0) {
      return quantity;
    }
    return quantity.equals("hidden") ? "h" + step : description(quantity) + " " + step;
  }
}
