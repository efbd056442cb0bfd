package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byhand.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberReaderTest {
  @Nested
  class Accepted {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "57",
          "57.0",
          "57.",
          "5.7e1",
          "5.7E+1",
          "570e-1",
          "114/2",
          "+57",
          " 57 ",
          "\u00a057\u202f",
          "\u200957\u2009",
          "\"57\"",
          "'57'",
          "057",
          "57.000",
          "0.57e2",
          "114 / 2",
          "228/4.0",
          "\ufeff57",
          "\u200b57"
        })
    void writtenForms_ofFiftySeven(String written) {
      assertThat(NumberReader.parse(written)).isEqualTo(Rational.of(57));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "-92",
          "\u221292",
          "\u201392",
          "\u201292",
          "\ufe6392",
          "\uff0d92",
          "-92.0",
          "-9.2e1"
        })
    void minusSigns_fromPdfsAndWordProcessors(String written) {
      assertThat(NumberReader.parse(written)).isEqualTo(Rational.of(-92));
    }

    @ParameterizedTest
    @CsvSource({
      ".5, 1, 2",
      "0.5, 1, 2",
      "-1/3, -1, 3",
      "1/-3, -1, 3",
      "0.1, 1, 10",
      "2/4, 1, 2",
      "-0, 0, 1"
    })
    void fractionsAndDecimals_areExact(String written, long numerator, long denominator) {
      assertThat(NumberReader.parse(written)).isEqualTo(Rational.of(numerator, denominator));
    }

    @Test
    void exponentAtTheLimit_isAccepted() {
      assertThat(NumberReader.parse("1e1000")).isEqualTo(Rational.of(BigInteger.TEN.pow(1000)));
      assertThat(NumberReader.parse("1e-1000"))
          .isEqualTo(new Rational(BigInteger.ONE, BigInteger.TEN.pow(1000)));
    }

    @ParameterizedTest
    @MethodSource("dev.byhand.submission.NumberReaderTest#randomDecimals")
    void anyPlainDecimal_readsAsItsBigDecimalValue(String written) {
      assertThat(NumberReader.parse(written)).isEqualTo(Rational.of(new BigDecimal(written)));
    }
  }

  static Stream<String> randomDecimals() {
    Random random = new Random(20261125L);
    return IntStream.range(0, 200)
        .mapToObj(i -> BigDecimal.valueOf(random.nextLong(), random.nextInt(12) - 4).toString());
  }

  @Nested
  class Rejected {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "five | 'five' is not a number; write digits, e.g. 5",
          "Zero | write digits, e.g. 0",
          "NaN | NaN (not a number)",
          "nan | finite number",
          "inf | is infinite",
          "-Infinity | is infinite",
          "0x1p3 | hexadecimal",
          "1.5d | type suffix 'd'; write just 1.5",
          "1f | write just 1",
          "10L | write just 10",
          "... | the vector was truncated when printed; print it in full",
          "1,234 | thousands separator; write the digits without it, e.g. 1234",
          "1,5 | decimal point",
          "hello | 'hello' is not a number; write digits",
          "5 4 0 | '5 4 0' is not a number",
          "1/0 | division by zero",
          "1e1001 | exponent too large",
          "1e-99999999999999999999 | exponent too large",
          "1/2/3 | not a number",
          "-- | not a number",
          "e5 | not a number",
          "5e | not a number",
          ". | not a number",
        })
    void badValue_isRefusedWithAFix(String written, String message) {
      assertThatThrownBy(() -> NumberReader.parse(written))
          .isInstanceOf(NotANumberException.class)
          .hasMessageContaining(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00a0", "\"\""})
    void emptyValue_isRefused(String written) {
      assertThatThrownBy(() -> NumberReader.parse(written))
          .isInstanceOf(NotANumberException.class)
          .hasMessageContaining("empty");
    }

    @Test
    void truncatedNumpyVector_isExplained() {
      assertThatThrownBy(() -> NumberReader.parse("[57. 8. ... 36.]"))
          .hasMessageContaining("truncated");
    }

    @Test
    void overlongNumber_namesTheLimit() {
      assertThatThrownBy(() -> NumberReader.parse("1".repeat(101)))
          .isInstanceOf(NotANumberException.class)
          .hasMessageContaining("limit of 100");
      assertThat(NumberReader.parse("1".repeat(100)))
          .isEqualTo(Rational.of(new java.math.BigInteger("1".repeat(100))));
    }
  }
}
