package dev.byhand.grading;

import dev.byhand.exact.Rational;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Visibility;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The verdicts of one item compared within a tolerance: what their feedback says about the
 * tolerance, and the {@link ToleranceCheck} they carry. The reference appears in the feedback only
 * where the question's results may be shown. Says nothing for an item compared exactly.
 */
final class Within {
  private final Question question;
  private final ItemSpec item;
  private final String expectedText;

  Within(Question question, ItemSpec item, String expectedText) {
    this.question = question;
    this.item = item;
    this.expectedText = expectedText;
  }

  /** {@code Correct: within 0.01 of the reference 0.49 (to 2 decimals).} */
  String correct() {
    return "Correct: within " + tolerance() + " of the reference" + reference() + ".";
  }

  /** Right for the student's own rounded earlier answers, which are right as rounded. */
  String rounded(FollowThrough.Target target, ItemText text) {
    String from = text.describe(target.from());
    return "Correct: within "
        + tolerance()
        + " of what your rounded "
        + from
        + " give"
        + (target.from().size() == 1 ? "s" : "")
        + ".";
  }

  /** {@code , outside the tolerance of 0.01; the reference is 0.49 (to 2 decimals)}. */
  String beyond() {
    if (item.accuracy().isEmpty()) {
      return "";
    }
    String reference = reference();
    return ", outside the tolerance of "
        + tolerance()
        + (reference.isEmpty() ? "" : "; the reference is" + reference);
  }

  /**
   * {@code Round to 2 decimals, as asked.} when the rubric says how to round and the answer did
   * not: an entry with more decimals, or every entry with fewer.
   */
  String asked(Value given) {
    if (item.accuracy().isEmpty() || item.accuracy().get().decimals().isEmpty()) {
      return "";
    }
    int decimals = item.accuracy().get().decimals().getAsInt();
    List<Integer> scales = given.entries().stream().map(Within::scale).toList();
    boolean roundedAsAsked =
        scales.stream().allMatch(s -> s <= decimals)
            && scales.stream().anyMatch(s -> s == decimals);
    return roundedAsAsked ? "" : " Round to " + decimals + " decimals, as asked.";
  }

  /** The decimals a number is written with; a fraction without a decimal form counts as many. */
  private static int scale(Rational x) {
    try {
      return new BigDecimal(x.numerator())
          .divide(new BigDecimal(x.denominator()))
          .stripTrailingZeros()
          .scale();
    } catch (ArithmeticException notTerminating) {
      return Integer.MAX_VALUE;
    }
  }

  /** The check of an item compared within its tolerance, with the entries lying {@code outside}. */
  Optional<ToleranceCheck> check(List<Integer> outside) {
    ItemSpec.Tolerance tolerance = item.accuracy().orElseThrow();
    return Optional.of(new ToleranceCheck(tolerance.value(), tolerance.places(), outside));
  }

  private String tolerance() {
    return DecimalText.written(new Value.Scalar(item.accuracy().orElseThrow().value()));
  }

  /** {@code 0.49 (to 2 decimals)}, or nothing where the reference may not be shown. */
  private String reference() {
    if (question.visibility() != Visibility.VISIBLE) {
      return "";
    }
    int places = item.accuracy().orElseThrow().places();
    return " " + expectedText + " (to " + places + (places == 1 ? " decimal)" : " decimals)");
  }
}
