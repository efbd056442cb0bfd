package dev.byhand.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.exact.Rational;
import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void percent_ofIntegers_roundsHalfUpLikeTheExactPath() {
    for (int max = 1; max <= 64; max++) {
      for (int score = 0; score <= max + 2; score++) {
        String exact =
            Rational.of(score)
                    .divide(Rational.of(max))
                    .multiply(Rational.of(100))
                    .toDecimal(0)
                    .toPlainString()
                + "%";
        assertThat(Numbers.percent(Rational.of(score), Rational.of(max)))
            .as(score + "/" + max)
            .isEqualTo(exact);
      }
    }
  }

  @Test
  void percent_ofExtremeOrFractionalPoints() {
    assertThat(Numbers.percent(Rational.of(Integer.MAX_VALUE), Rational.of(3)))
        .isEqualTo("71582788233%");
    assertThat(Numbers.percent(Rational.of(13, 2), Rational.of(8))).isEqualTo("81%");
    assertThat(Numbers.percent(Rational.of(1, 8), Rational.of(1))).isEqualTo("13%");
    assertThat(Numbers.percent(Rational.of(-1), Rational.of(8))).isEqualTo("-13%");
    assertThat(Numbers.percent(Rational.of(5), Rational.ZERO)).isEqualTo("0%");
  }
}
