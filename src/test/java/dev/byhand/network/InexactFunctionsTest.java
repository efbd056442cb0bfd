package dev.byhand.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * exp, log, sqrt, tanh, sigmoid and softmax against Python's decimal module at 50 digits (the
 * expected digits below), and which results stay exact.
 */
class InexactFunctionsTest {
  /** 40 significant digits, as the values are kept. */
  private static final MathContext FORTY = new MathContext(40);

  private static Network network(String equation, Map<String, Value> values) {
    return Network.compile(values, List.of(equation), List.of());
  }

  private static Value value(String equation) {
    return network(equation, Map.of()).reference().value(new Node("y", 0));
  }

  private static Rational scalar(String equation) {
    return ((Value.Scalar) value(equation)).value();
  }

  private static Rational digits(String python) {
    return Rational.of(new BigDecimal(python).round(FORTY));
  }

  @Nested
  class Values {
    @Test
    void eachFunction_agreesWithFiftyDigitDecimals_toFortySignificantDigits() {
      assertThat(scalar("y = exp(1)"))
          .isEqualTo(digits("2.7182818284590452353602874713526624977572470937000"));
      assertThat(scalar("y = sqrt(2)"))
          .isEqualTo(digits("1.4142135623730950488016887242096980785696718753769"));
      assertThat(scalar("y = log(10)"))
          .isEqualTo(digits("2.3025850929940456840179914546843642076011014886288"));
      assertThat(scalar("y = log(0.001)"))
          .isEqualTo(digits("-6.9077552789821370520539743640530926228033044658863"));
      assertThat(scalar("y = tanh(1)"))
          .isEqualTo(digits("0.76159415595576488811945828260479359041276859725794"));
      assertThat(scalar("y = sigmoid(3)"))
          .isEqualTo(digits("0.95257412682243321912115184822824779861382056757941"));
      assertThat(scalar("y = exp(-700)"))
          .isEqualTo(digits("9.8596765437597708567053729478494651051156001814009E-305"));
    }

    @Test
    void softmax_weighsAVectorAndSumsToOne() {
      Value weights =
          network("y = softmax(v)", Map.of("v", new Value.Vec(Vector.of(1, 2, 3))))
              .reference()
              .value(new Node("y", 0));
      List<Rational> entries = ((Value.Vec) weights).value().entries();
      assertThat(entries.get(0))
          .isEqualTo(digits("0.090030573170380457998022101484491797867930864911468"));
      assertThat(entries.get(2))
          .isEqualTo(digits("0.66524095577482188952901828017474540493276906025055"));
      Rational sum = entries.stream().reduce(Rational.ZERO, Rational::add);
      assertThat(sum.subtract(Rational.ONE).toDecimal(35).signum()).isZero();
    }

    @Test
    void tanhOfATinyNumber_keepsItsSignificantDigits() {
      Rational tiny = scalar("y = tanh(0.000000000000000000000000000001)");
      assertThat(tiny).isEqualTo(digits("1E-30"));
    }
  }

  @Nested
  class Exactness {
    @Test
    void aResultThatIsRational_staysExact() {
      Network net =
          Network.compile(
              Map.of("d", new Value.Scalar(Rational.of(9, 4))),
              List.of(
                  "a = sqrt(d)",
                  "b = sigmoid(0) + exp(0) + log(1) + tanh(0)",
                  "c = softmax(a * 0 + 1)"),
              List.of());
      assertThat(net.reference().value(new Node("a", 0)))
          .isEqualTo(new Value.Scalar(Rational.of(3, 2)));
      assertThat(net.reference().value(new Node("b", 0)))
          .isEqualTo(new Value.Scalar(Rational.of(3, 2)));
      assertThat(net.reference().isExact(new Node("a", 0))).isTrue();
      assertThat(net.reference().isExact(new Node("b", 0))).isTrue();
      assertThat(net.reference().isExact(new Node("c", 0))).isTrue();
    }

    @Test
    void inexactness_spreadsThroughEveryLaterQuantity_butNotToArgmax() {
      Network net =
          Network.compile(
              Map.of("v", new Value.Vec(Vector.of(1, 2))),
              List.of(
                  "w = softmax(v)",
                  "s = sum(w) * 0",
                  "e = v * 2",
                  "p = argmax(w)",
                  "k = 1 + argmax(softmax(concat(v, v)))",
                  "m = argmax(concat(w, w)) + max(w)"),
              List.of(),
              2);
      assertThat(net.reference().isExact(new Node("w", 0))).isFalse();
      assertThat(net.reference().isExact(new Node("s", 0))).isFalse();
      assertThat(net.reference().isExact(new Node("e", 0))).isTrue();
      assertThat(net.reference().value(new Node("p", 0))).isInstanceOf(Value.Token.class);
      assertThat(net.reference().isExact(new Node("k", 0)))
          .as("an index chosen from 40-digit values is exact")
          .isTrue();
      assertThat(net.reference().isExact(new Node("m", 0))).isFalse();
    }

    @Test
    void anInexactValue_holdsAtMostFortySignificantDigits() {
      Network net =
          Network.compile(
              Map.of("v", new Value.Vec(Vector.of(1, 2, 3))),
              List.of("w = softmax(v) / 3 @ softmax(v)"),
              List.of());
      Rational w = ((Value.Scalar) net.reference().value(new Node("w", 0))).value();
      assertThat(new BigDecimal(w.numerator()).divide(new BigDecimal(w.denominator())).precision())
          .isLessThanOrEqualTo(40);
    }
  }

  @Test
  void aFunctionOutsideItsDomain_namesTheEquationAndTheValue() {
    assertThatThrownBy(() -> value("y = log(0 - 2)"))
        .isInstanceOf(EquationException.class)
        .hasMessageContaining("\"y = log(0 - 2)\"")
        .hasMessageContaining("log needs a positive number, found -2");
    assertThatThrownBy(() -> value("y = sqrt(0 - 1)"))
        .hasMessageContaining("sqrt needs a number of at least 0");
    assertThatThrownBy(() -> value("y = exp(20000)"))
        .hasMessageContaining("between -10000 and 10000");
  }

  @Test
  void anEquationCallingAFunctionThatRounds_saysSo_evenNested() {
    assertThat(EquationParser.parse("scores = q @ K^T / sqrt(dk)").mayRound()).isTrue();
    assertThat(EquationParser.parse("p = relu(softmax(z))").mayRound()).isTrue();
    assertThat(EquationParser.parse("h = relu(x @ W + b)").mayRound()).isFalse();
    assertThat(EquationParser.parse("guess = argmax(outer(x, y))").mayRound()).isFalse();
  }
}
