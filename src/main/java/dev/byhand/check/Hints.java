package dev.byhand.check;

import dev.byhand.network.Equation;
import dev.byhand.network.Expr;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Quantities;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;

/** What goes into an answer item, in words a student can act on; reveals shapes, never values. */
final class Hints {
  private final Rubric rubric;

  Hints(Rubric rubric) {
    this.rubric = rubric;
  }

  /** {@code 6 numbers, the logits after reading BOS}; for a manual item, who grades it. */
  String of(Question question, ItemSpec item) {
    if (item.manual()) {
      return "graded by a TA; hand it in as your instructor says, not in this file";
    }
    Value expected = rubric.expected(question, item);
    if (expected instanceof Value.Token) {
      return what(question, item);
    }
    String shape = rubric.network().isIndex(item.name()) ? indices(expected) : shape(expected);
    return shape + ", " + what(question, item) + rounding(item);
  }

  /**
   * {@code ; round to 2 decimals (within 0.01 is accepted)} for an item compared within a
   * tolerance.
   */
  private static String rounding(ItemSpec item) {
    return item.accuracy()
        .map(
            t ->
                "; "
                    + (t.decimals().isPresent()
                        ? "round to "
                            + t.decimals().getAsInt()
                            + " decimals (within "
                            + plain(t.value())
                            + " is accepted)"
                        : "within " + plain(t.value()) + " of the exact value is accepted"))
        .orElse("");
  }

  private static String plain(dev.byhand.exact.Rational value) {
    try {
      return new java.math.BigDecimal(value.numerator())
          .divide(new java.math.BigDecimal(value.denominator()))
          .toPlainString();
    } catch (ArithmeticException notTerminating) {
      return value.toString();
    }
  }

  /** {@code the logits after reading BOS}: what the item is, without its size. */
  String what(Question question, ItemSpec item) {
    if (item.manual()) {
      return "graded by a TA";
    }
    int position = question.position();
    if (rubric.expected(question, item) instanceof Value.Token) {
      String choice =
          "one word of "
              + String.join(" ", rubric.vocabulary().words())
              + " (or its token id 0-"
              + (rubric.vocabulary().size() - 1)
              + ")";
      String of =
          item.name().equals("prediction")
              ? "the predicted next token"
              : item.label().orElse(item.name());
      return choice + ", " + of + after(rubric, position);
    }
    if (position == 0) {
      return item.label().orElse(item.name());
    }
    if (!rubric.hasSentence()) {
      return item.label().orElse(Quantities.label(item.name(), position));
    }
    String word = rubric.word(position);
    return switch (item.name()) {
      case "input" -> "the input row of " + word + " (step " + position + ")";
      case "preactivation" ->
          "the pre-activation before " + appliedTo(item.name()) + " after reading " + word;
      case "hidden" -> "the hidden state h" + position + " after reading " + word;
      case "logits" -> "the logits after reading " + word;
      default ->
          item.label().orElse(Quantities.label(item.name(), position)) + ", after reading " + word;
    };
  }

  /**
   * The function an equation applies to {@code quantity} alone ({@code relu} in {@code hidden_t =
   * relu(preactivation_t)}), else "the activation".
   */
  private String appliedTo(String quantity) {
    for (Equation equation : rubric.network().equations()) {
      if (equation.expression() instanceof Expr.Call call
          && call.arguments().size() == 1
          && call.arguments().get(0) instanceof Expr.Ref ref
          && ref.name().equals(quantity)) {
        return call.function();
      }
    }
    return "the activation";
  }

  /** How many numbers an item holds. */
  int size(Question question, ItemSpec item) {
    Value expected = rubric.expected(question, item);
    if (expected instanceof Value.Mat m) {
      return m.value().rowCount() * m.value().columnCount();
    }
    return expected instanceof Value.Vec v ? v.value().size() : 1;
  }

  /** {@code 1 whole number (an index counting from 0)}, or {@code 3 whole numbers (indices …)}. */
  private static String indices(Value expected) {
    int size = expected.entries().size();
    return size == 1
        ? "1 whole number (an index counting from 0)"
        : size + " whole numbers (indices counting from 0)";
  }

  /** {@code 6 numbers}, {@code 1 number}, {@code a 2×3 matrix (2 rows of 3 numbers)}. */
  private static String shape(Value expected) {
    if (expected instanceof Value.Mat m) {
      return "a "
          + m.shape()
          + " matrix ("
          + m.value().rowCount()
          + " rows of "
          + m.value().columnCount()
          + " numbers)";
    }
    int size = expected instanceof Value.Vec v ? v.value().size() : 1;
    return size + (size == 1 ? " number" : " numbers");
  }

  /** " after reading we" at a step of a sentence, " at step 2" without one, "" outside steps. */
  private static String after(Rubric rubric, int position) {
    if (position == 0) {
      return "";
    }
    return rubric.hasSentence()
        ? " after reading " + rubric.word(position)
        : " at step " + position;
  }
}
