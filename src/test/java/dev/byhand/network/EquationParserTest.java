package dev.byhand.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byhand.exact.Rational;
import dev.byhand.network.Expr.Binary;
import dev.byhand.network.Expr.Call;
import dev.byhand.network.Expr.Index;
import dev.byhand.network.Expr.Negate;
import dev.byhand.network.Expr.Num;
import dev.byhand.network.Expr.Ref;
import dev.byhand.network.Expr.Time;
import dev.byhand.network.Expr.Transpose;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The equation grammar of issue 13: precedence, names with steps, numbers, and errors that point.
 */
class EquationParserTest {
  private static Expr rhs(String expression) {
    return EquationParser.parse("z = " + expression).expression();
  }

  private static Ref ref(String name) {
    return new Ref(name, Time.NONE);
  }

  private static Num num(long value) {
    return new Num(Rational.of(value));
  }

  private static Binary bin(char op, Expr left, Expr right) {
    return new Binary(op, left, right);
  }

  @Nested
  class Precedence {
    @Test
    void productBindsTighterThanSum() {
      assertThat(rhs("a + b * c")).isEqualTo(bin('+', ref("a"), bin('*', ref("b"), ref("c"))));
      assertThat(rhs("a * b - c")).isEqualTo(bin('-', bin('*', ref("a"), ref("b")), ref("c")));
    }

    @Test
    void sumsAndDifferencesAssociateToTheLeft() {
      assertThat(rhs("a - b - c")).isEqualTo(bin('-', bin('-', ref("a"), ref("b")), ref("c")));
      assertThat(rhs("a - b + c")).isEqualTo(bin('+', bin('-', ref("a"), ref("b")), ref("c")));
    }

    @Test
    void matrixProductSharesTheLevelOfTimesAndDivide_leftToRight() {
      assertThat(rhs("a * b @ c")).isEqualTo(bin('@', bin('*', ref("a"), ref("b")), ref("c")));
      assertThat(rhs("a @ b / c")).isEqualTo(bin('/', bin('@', ref("a"), ref("b")), ref("c")));
      assertThat(rhs("h @ W + x @ U"))
          .isEqualTo(bin('+', bin('@', ref("h"), ref("W")), bin('@', ref("x"), ref("U"))));
    }

    @Test
    void middleDotIsASynonymOfAt() {
      assertThat(rhs("h · W + x·U")).isEqualTo(rhs("h @ W + x @ U"));
    }

    @Test
    void unaryMinusBindsTighterThanProduct_butLooserThanTransposeAndIndex() {
      assertThat(rhs("-a * b")).isEqualTo(bin('*', new Negate(ref("a")), ref("b")));
      assertThat(rhs("-W^T")).isEqualTo(new Negate(new Transpose(ref("W"))));
      assertThat(rhs("-M[0]")).isEqualTo(new Negate(new Index(ref("M"), num(0))));
      assertThat(rhs("a * -b")).isEqualTo(bin('*', ref("a"), new Negate(ref("b"))));
    }

    @Test
    void unaryMinusOnANumberIsANegativeNumber() {
      assertThat(rhs("-3")).isEqualTo(num(-3));
      assertThat(rhs("--3")).isEqualTo(num(3));
      assertThat(rhs("a - -3")).isEqualTo(bin('-', ref("a"), num(-3)));
    }

    @Test
    void unicodeMinusIsAMinus() {
      assertThat(rhs("a \u2212 b")).isEqualTo(rhs("a - b"));
      assertThat(rhs("\u2212a")).isEqualTo(new Negate(ref("a")));
    }

    @Test
    void transposeAndIndexChainLeftToRight() {
      assertThat(rhs("W^T^T")).isEqualTo(new Transpose(new Transpose(ref("W"))));
      assertThat(rhs("W^T[1]")).isEqualTo(new Index(new Transpose(ref("W")), num(1)));
      assertThat(rhs("M[1][2]")).isEqualTo(new Index(new Index(ref("M"), num(1)), num(2)));
      assertThat(rhs("W ^ T")).isEqualTo(new Transpose(ref("W")));
    }

    @Test
    void parenthesesOverridePrecedence() {
      assertThat(rhs("(a + b) * c")).isEqualTo(bin('*', bin('+', ref("a"), ref("b")), ref("c")));
      assertThat(rhs("(h @ W)^T")).isEqualTo(new Transpose(bin('@', ref("h"), ref("W"))));
    }
  }

  @Nested
  class NamesWithSteps {
    @Test
    void previousStepIsWrittenWithBraces() {
      assertThat(rhs("hidden_{t-1}")).isEqualTo(new Ref("hidden", Time.PREVIOUS));
      assertThat(rhs("hidden_{ t - 1 }")).isEqualTo(new Ref("hidden", Time.PREVIOUS));
    }

    @Test
    void thisStepIsUnderscoreT_withOrWithoutBraces() {
      assertThat(rhs("hidden_t")).isEqualTo(new Ref("hidden", Time.CURRENT));
      assertThat(rhs("hidden_{t}")).isEqualTo(new Ref("hidden", Time.CURRENT));
    }

    @Test
    void xUnderscoreTIsTheTokenRead_andIndexesARow() {
      Expr e = rhs("E[x_t]");
      assertThat(e).isEqualTo(new Index(ref("E"), new Ref("x", Time.CURRENT)));
      assertThat(((Ref) ((Index) e).index()).isToken()).isTrue();
    }

    @Test
    void namesKeepDigitsAndInnerUnderscores() {
      assertThat(rhs("W_hh @ b1")).isEqualTo(bin('@', ref("W_hh"), ref("b1")));
      assertThat(rhs("hidden_0")).isEqualTo(ref("hidden_0"));
    }

    @Test
    void theLeftSideSaysWhetherTheQuantityIsPerStep() {
      Equation perStep = EquationParser.parse("hidden_t = relu(hidden_{t-1} @ W)");
      Equation fixed = EquationParser.parse("  z1 = x @ W1 + b1  ");
      assertThat(perStep.name()).isEqualTo("hidden");
      assertThat(perStep.perStep()).isTrue();
      assertThat(fixed.name()).isEqualTo("z1");
      assertThat(fixed.perStep()).isFalse();
      assertThat(fixed.text()).isEqualTo("z1 = x @ W1 + b1");
    }
  }

  @Nested
  class Numbers {
    @Test
    void decimalsAreExactFractions() {
      assertThat(rhs("0.5")).isEqualTo(new Num(Rational.of(1, 2)));
      assertThat(rhs("0.1")).isEqualTo(new Num(Rational.of(1, 10)));
      assertThat(rhs("2.50")).isEqualTo(new Num(Rational.of(5, 2)));
      assertThat(rhs(".25")).isEqualTo(new Num(Rational.of(1, 4)));
    }

    @Test
    void aFractionIsADivisionOfIntegers() {
      assertThat(rhs("1/3")).isEqualTo(bin('/', num(1), num(3)));
    }

    @Test
    void aNumberWithTwoPointsIsRefusedAtItsColumn() {
      assertThatThrownBy(() -> EquationParser.parse("z = 1.2.3"))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("\"1.2.3\" is not a number")
          .hasMessageContaining("at column 5");
    }
  }

  @Nested
  class Functions_ {
    @Test
    void callsTakeTheirArguments() {
      assertThat(rhs("relu(a + b)"))
          .isEqualTo(new Call("relu", List.of(bin('+', ref("a"), ref("b")))));
      assertThat(rhs("outer(a, b)")).isEqualTo(new Call("outer", List.of(ref("a"), ref("b"))));
      assertThat(rhs("concat(a,b)")).isEqualTo(new Call("concat", List.of(ref("a"), ref("b"))));
      assertThat(rhs("sum((y - t) * (y - t)) / 2"))
          .isEqualTo(
              bin(
                  '/',
                  new Call(
                      "sum",
                      List.of(
                          bin('*', bin('-', ref("y"), ref("t")), bin('-', ref("y"), ref("t"))))),
                  num(2)));
    }

    @Test
    void unknownFunction_listsTheKnownOnes() {
      assertThatThrownBy(() -> EquationParser.parse("hidden_t = tanhh(pre_t)"))
          .isInstanceOf(EquationException.class)
          .hasMessageStartingWith("\"hidden_t = tanhh(pre_t)\"")
          .hasMessageContaining("unknown function \"tanhh\"")
          .hasMessageContaining("relu")
          .hasMessageContaining("argmax")
          .hasMessageContaining("outer")
          .hasMessageContaining("concat")
          .hasMessageContaining("at column 12");
    }

    @Test
    void aReductionTakesANamedAxis_printedBackAsWritten() {
      Expr sum = rhs("sum(X, axis = 0)");
      assertThat(sum).isEqualTo(new Call("sum", List.of(ref("X")), Map.of("axis", num(0))));
      assertThat(sum.toString()).isEqualTo("sum(X, axis=0)");
      assertThat(rhs(sum.toString())).isEqualTo(sum);
      assertThat(rhs("argmax(scores, axis=1)").toString()).isEqualTo("argmax(scores, axis=1)");
      assertThat(rhs("sum(X)")).isNotEqualTo(sum);
    }

    @Test
    void anAxisOtherThan0Or1_isRefusedAtItsColumn() {
      assertThatThrownBy(() -> EquationParser.parse("z = mean(X, axis=2)"))
          .isInstanceOf(EquationException.class)
          .hasMessage(
              "\"z = mean(X, axis=2)\" at column 18: axis must be 0 (down the rows: one value per"
                  + " column) or 1 (across each row: one value per row)");
      assertThatThrownBy(() -> EquationParser.parse("z = mean(X, axis=k)"))
          .hasMessageContaining("axis must be 0");
    }

    @Test
    void aNamedArgumentAFunctionDoesNotTake_isRefused() {
      assertThatThrownBy(() -> EquationParser.parse("z = relu(X, axis=0)"))
          .hasMessageContaining("at column 13: relu takes no argument named \"axis\"");
      assertThatThrownBy(() -> EquationParser.parse("z = sum(X, axes=0)"))
          .hasMessageContaining("sum takes no argument named \"axes\"; it takes axis=0 or axis=1");
      assertThatThrownBy(() -> EquationParser.parse("z = sum(X, axis=0, axis=1)"))
          .hasMessageContaining("axis is given twice in the arguments of sum");
      assertThatThrownBy(() -> EquationParser.parse("z = sum(axis=0, X)"))
          .hasMessageContaining("an argument without a name cannot follow a named one in sum");
      assertThatThrownBy(() -> EquationParser.parse("z = sum(axis=0)"))
          .hasMessageContaining("sum takes 1 argument, found 0");
    }

    @Test
    void wrongArgumentCount_saysHowManyItTakes() {
      assertThatThrownBy(() -> EquationParser.parse("z = outer(a)"))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("outer takes 2 arguments, found 1");
      assertThatThrownBy(() -> EquationParser.parse("z = relu(a, b)"))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("relu takes 1 argument, found 2");
    }
  }

  @Nested
  class SyntaxErrors {
    @Test
    void anOperatorWithoutOperand_pointsAtTheColumn() {
      assertThatThrownBy(() -> EquationParser.parse("z = a + * b"))
          .isInstanceOf(EquationException.class)
          .hasMessage("\"z = a + * b\" at column 9: unexpected \"*\"");
    }

    @Test
    void anUnclosedParenthesis_saysWhatIsExpected() {
      assertThatThrownBy(() -> EquationParser.parse("z = (a + b"))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("\"z = (a + b\"")
          .hasMessageContaining("expected \")\"")
          .hasMessageContaining("at column 11");
    }

    @Test
    void anUnclosedIndex_saysWhatIsExpected() {
      assertThatThrownBy(() -> EquationParser.parse("z = E[x_t"))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("expected \"]\"")
          .hasMessageContaining("at column 10");
    }

    @Test
    void aCaretNotFollowedByTOrAWholeNumber_explainsTransposeAndPower() {
      assertThatThrownBy(() -> EquationParser.parse("z = W^t"))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("expected T after ^ (transpose, as in W^T)")
          .hasMessageContaining("at column 7");
    }

    @Test
    void aMissingEqualsSign_explainsTheFormOfAnEquation() {
      assertThatThrownBy(() -> EquationParser.parse("z x @ W"))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("expected \"=\" after z; an equation is name = expression")
          .hasMessageContaining("at column 3");
    }

    @Test
    void trailingText_isUnexpected() {
      assertThatThrownBy(() -> EquationParser.parse("z = a b"))
          .isInstanceOf(EquationException.class)
          .hasMessage("\"z = a b\" at column 7: unexpected \"b\"");
    }

    @Test
    void anEmptyRightSide_endsTooEarly() {
      assertThatThrownBy(() -> EquationParser.parse("z = "))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("the expression ends too early");
    }

    @Test
    void aPreviousStepOnTheLeft_isRefused() {
      assertThatThrownBy(() -> EquationParser.parse("hidden_{t-1} = a"))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("the left side must be a quantity such as hidden_t or z1")
          .hasMessageContaining("at column 1");
    }

    @Test
    void theTokenOnTheLeft_isRefused() {
      assertThatThrownBy(() -> EquationParser.parse("x_t = a"))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("the left side must be a quantity");
    }

    @Test
    void otherStepsThanTAndTMinusOne_areRefused() {
      assertThatThrownBy(() -> EquationParser.parse("z_t = hidden_{t-2}"))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("only _{t} and _{t-1} may follow hidden in braces");
    }

    @Test
    void aNameEndingInUnderscore_suggestsBothSteps() {
      assertThatThrownBy(() -> EquationParser.parse("z_t = hidden_ @ W"))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining(
              "\"hidden_\" ends with _; write hidden_t for this step or hidden_{t-1}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"z = a $ b", "z = a ; b", "z = W'", "z = a & b"})
    void strayCharacters_areNamedWithTheirColumn(String equation) {
      assertThatThrownBy(() -> EquationParser.parse(equation))
          .isInstanceOf(EquationException.class)
          .hasMessageStartingWith("\"" + equation + "\" at column ")
          .hasMessageContaining("unexpected")
          .hasMessageMatching("(?s).* at column \\d+: .*");
    }

    @Test
    void deepNesting_isBounded() {
      String deep = "z = " + "(".repeat(150) + "a" + ")".repeat(150);
      assertThatThrownBy(() -> EquationParser.parse(deep))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("nested deeper than 100 levels");
    }

    @Test
    void overlongEquations_areRefused() {
      String longOne = "z = a" + " + a".repeat(EquationParser.MAX_CHARS);
      assertThatThrownBy(() -> EquationParser.parse(longOne))
          .isInstanceOf(EquationException.class)
          .hasMessageContaining("longer than " + EquationParser.MAX_CHARS + " characters");
    }
  }

  @Nested
  class NewConstructs {
    @Test
    void aPowerBindsLikeTheTranspose_andEqualityBelowPlusAndMinus() {
      assertThat(rhs("-x^2")).isEqualTo(new Negate(new Expr.Power(ref("x"), 2)));
      assertThat(rhs("a * x^3")).isEqualTo(bin('*', ref("a"), new Expr.Power(ref("x"), 3)));
      assertThat(rhs("W^T^2")).isEqualTo(new Expr.Power(new Transpose(ref("W")), 2));
      assertThat(rhs("a + b == c - d"))
          .isEqualTo(bin('=', bin('+', ref("a"), ref("b")), bin('-', ref("c"), ref("d"))));
      assertThat(rhs("max(a, b == c)"))
          .isEqualTo(new Call("max", List.of(ref("a"), bin('=', ref("b"), ref("c")))));
    }

    @Test
    void aSubscriptWithARangeOrTwoPositions_isASlice_andOneIndexStaysARow() {
      assertThat(rhs("M[1]")).isEqualTo(new Index(ref("M"), num(1)));
      assertThat(rhs("M[:, j]"))
          .isEqualTo(
              new Expr.Slice(
                  ref("M"),
                  List.of(
                      new Expr.Span(java.util.Optional.empty(), java.util.Optional.empty()),
                      new Expr.At(ref("j")))));
      assertThat(rhs("v[i + 1:]"))
          .isEqualTo(
              new Expr.Slice(
                  ref("v"),
                  List.of(
                      new Expr.Span(
                          java.util.Optional.of(bin('+', ref("i"), num(1))),
                          java.util.Optional.empty()))));
    }

    @Test
    void aPowerThatIsNoWholeNumberLiteral_isRefusedInOneSentence() {
      assertThatThrownBy(() -> EquationParser.parse("z = x^2.5"))
          .hasMessage("\"z = x^2.5\" at column 7: a power takes a whole number from 0, as in x^2");
      assertThatThrownBy(() -> EquationParser.parse("z = x^k"))
          .hasMessage(
              "\"z = x^k\" at column 7: expected T after ^ (transpose, as in W^T) or a whole"
                  + " number (a power, as in x^2)");
      assertThatThrownBy(() -> EquationParser.parse("z = x^-1"))
          .hasMessageContaining("expected T after ^");
      assertThatThrownBy(() -> EquationParser.parse("z = x^1000"))
          .hasMessage("\"z = x^1000\" at column 7: a power takes a whole number up to 100");
    }

    @Test
    void maxAndMinOfSeveral_takeNoAxis_andBuildersTakeTwoOrMore() {
      assertThatThrownBy(() -> EquationParser.parse("z = max(a, b, axis=0)"))
          .hasMessage(
              "\"z = max(a, b, axis=0)\" at column 5: max takes axis= only with one argument;"
                  + " max(a, b, …) compares entry by entry");
      assertThatThrownBy(() -> EquationParser.parse("z = min()"))
          .hasMessageContaining(
              "min takes 1 argument (a reduction, optionally with axis=) or 2 or more (entry by"
                  + " entry), found 0");
      assertThatThrownBy(() -> EquationParser.parse("z = concat(a)"))
          .hasMessageContaining("concat takes 2 or more arguments, found 1");
      assertThatThrownBy(() -> EquationParser.parse("z = hstack(A)"))
          .hasMessageContaining("hstack takes 2 or more arguments, found 1");
      assertThatThrownBy(() -> EquationParser.parse("z = onehot(3)"))
          .hasMessageContaining("onehot takes 2 arguments, found 1");
      assertThatThrownBy(() -> EquationParser.parse("z = abs(a, b)"))
          .hasMessageContaining("abs takes 1 argument, found 2");
    }

    @Test
    void aSliceWithThreePositionsOrUnclosed_isRefusedInOneSentence() {
      assertThatThrownBy(() -> EquationParser.parse("z = M[0:1, 0:1, 2]"))
          .hasMessage(
              "\"z = M[0:1, 0:1, 2]\" at column 15: a subscript takes at most two positions:"
                  + " rows, then columns");
      assertThatThrownBy(() -> EquationParser.parse("z = M[0:1"))
          .hasMessage("\"z = M[0:1\" at column 10: expected \"]\" to close the slice");
      assertThatThrownBy(() -> EquationParser.parse("z = v[0:1:2]"))
          .hasMessageContaining("expected \"]\" to close the slice");
    }

    @Test
    void aSingleEqualsSign_isStillNoComparison() {
      assertThatThrownBy(() -> EquationParser.parse("z = a = b"))
          .hasMessage("\"z = a = b\" at column 7: unexpected \"=\"");
    }
  }

  @Nested
  class PrintingBack {
    @Test
    void printsInTheRubricsSyntax_withParenthesesOnlyWhereNeeded() {
      assertThat(rhs("(hidden_{t-1} @ W) + (E[x_t] @ U)").toString())
          .isEqualTo("hidden_{t-1} @ W + E[x_t] @ U");
      assertThat(rhs("a - (b - c)").toString()).isEqualTo("a - (b - c)");
      assertThat(rhs("(a * b)^T").toString()).isEqualTo("(a * b)^T");
      assertThat(rhs("-(a + b)").toString()).isEqualTo("-(a + b)");
      assertThat(rhs("sum(y·y) / 2").toString()).isEqualTo("sum(y @ y) / 2");
    }

    @Test
    void aChangedEquationPrintsItsNewText() {
      Equation equation = EquationParser.parse("hidden_t = relu(pre_t)");
      Equation changed = equation.with(new Call("identity", List.of(new Ref("pre", Time.CURRENT))));
      assertThat(changed.text()).isEqualTo("hidden_t = identity(pre_t)");
      assertThat(EquationParser.parse(changed.text())).isEqualTo(changed);
    }

    static Stream<Long> seeds() {
      return IntStream.range(0, 200).mapToObj(i -> 1000L + 7919L * i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void parsingWhatIsPrinted_givesTheSameExpression(long seed) {
      Expr expression = new RandomExpr(new Random(seed)).expr(5);
      String printed = expression.toString();
      assertThat(rhs(printed)).as(printed).isEqualTo(expression);
      assertThat(rhs(printed).toString()).as("printing is stable").isEqualTo(printed);
    }

    @Test
    void aNegativeNumberUnderTranspose_printsSoThatItParsesBack() {
      Expr expression = rhs("(-3)^T");
      assertThat(rhs(expression.toString())).as(expression.toString()).isEqualTo(expression);
    }

    @Test
    void aFractionalLiteral_keepsItsValueWhenPrintedAndParsedBack() {
      Network original = Network.compile(Map.of(), List.of("c = 2 / 0.5"), List.of());
      Equation printed = original.equations().get(0);
      Network reparsed =
          Network.compile(Map.of(), List.of("c = " + printed.expression()), List.of());
      assertThat(reparsed.reference().value(new Node("c", 0)))
          .isEqualTo(new Value.Scalar(Rational.of(4)));
    }

    @Test
    void aDecimalLiteral_parsesBackAsTheSameExpression() {
      Expr expression = rhs("a * 0.5");
      assertThat(rhs(expression.toString())).as(expression.toString()).isEqualTo(expression);
    }
  }

  /** Expressions the parser can produce: whole non-negative numbers, names of every kind, calls. */
  private static final class RandomExpr {
    private static final List<String> NAMES =
        List.of("W", "U", "b1", "hidden", "E", "x", "W_hh", "z2");
    private static final List<String> UNARY =
        List.of("relu", "step", "argmax", "sum", "max", "identity");
    private static final List<String> BINARY = List.of("outer", "concat", "max", "hstack");
    private final Random random;

    RandomExpr(Random random) {
      this.random = random;
    }

    Expr expr(int depth) {
      if (depth == 0) {
        return leaf();
      }
      return switch (random.nextInt(10)) {
        case 0, 1 -> leaf();
        case 2, 3 ->
            new Binary("+-*/@=".charAt(random.nextInt(6)), expr(depth - 1), expr(depth - 1));
        case 7 -> new Expr.Power(expr(depth - 1), random.nextInt(4));
        case 8 -> slice(depth);
        case 4 -> negate(expr(depth - 1));
        case 5 -> new Transpose(expr(depth - 1));
        case 6 -> new Index(expr(depth - 1), expr(depth - 1));
        default ->
            random.nextBoolean()
                ? new Call(UNARY.get(random.nextInt(UNARY.size())), List.of(expr(depth - 1)))
                : new Call(
                    BINARY.get(random.nextInt(BINARY.size())),
                    List.of(expr(depth - 1), expr(depth - 1)));
      };
    }

    /** {@code e[a:b, c]} and the like: a range first, so it is never a plain row index. */
    private Expr slice(int depth) {
      java.util.Optional<Expr> from =
          random.nextBoolean()
              ? java.util.Optional.of(expr(depth - 1))
              : java.util.Optional.empty();
      java.util.Optional<Expr> to =
          random.nextBoolean()
              ? java.util.Optional.of(expr(depth - 1))
              : java.util.Optional.empty();
      List<Expr.Part> parts =
          random.nextBoolean()
              ? List.of(new Expr.Span(from, to))
              : List.of(new Expr.Span(from, to), new Expr.At(expr(depth - 1)));
      return new Expr.Slice(expr(depth - 1), parts);
    }

    /**
     * The parser folds the sign of a literal number into the number; negative literals are left out
     * here (see aNegativeNumberUnderTranspose_printsSoThatItParsesBack).
     */
    private Expr negate(Expr operand) {
      return operand instanceof Num ? operand : new Negate(operand);
    }

    private Expr leaf() {
      if (random.nextInt(4) == 0) {
        return num(random.nextInt(100));
      }
      String name = NAMES.get(random.nextInt(NAMES.size()));
      Time time = Time.values()[random.nextInt(3)];
      return new Ref(name, time);
    }
  }
}
