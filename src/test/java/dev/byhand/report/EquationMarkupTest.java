package dev.byhand.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the handout prints the grammar's operators. */
class EquationMarkupTest {
  @Test
  void comparisons_printAsMathematicsWritesThem() {
    assertThat(EquationMarkup.mathMl("y = 2 * (s >= 0) - (a != b) + (c <= d)"))
        .contains("<mo>≥</mo>", "<mo>≠</mo>", "<mo>≤</mo>")
        .doesNotContain("<mo>=</mo><mo>=</mo>");
    assertThat(EquationMarkup.latex("y = (s >= 0) - (a != b) + (c <= d)"))
        .contains("\\geq", "\\neq", "\\leq");
  }

  @Test
  void aLessThanSign_isEscapedInMathMl() {
    assertThat(EquationMarkup.mathMl("y = x < 3")).contains("<mo>&lt;</mo>");
  }

  @Test
  void equality_isOneOperator() {
    assertThat(EquationMarkup.mathMl("c = a == b")).contains("<mo>==</mo>");
    assertThat(EquationMarkup.latex("c = a == b")).contains(" == ");
  }
}
