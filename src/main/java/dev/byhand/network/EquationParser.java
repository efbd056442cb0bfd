package dev.byhand.network;

import dev.byhand.exact.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses one equation of the rubric's grammar by recursive descent. Nothing is ever handed to a
 * script engine. Errors point at the column. Precedence, loosest first: {@code ==}, then {@code +
 * -}, then {@code * / @ ·}, then unary minus, then {@code ^T}, {@code ^k}, {@code [i]} and slices
 * {@code [i:j, k:l]}.
 */
final class EquationParser {
  /** Equations are one line; longer text is not an equation worth reading. */
  static final int MAX_CHARS = 2000;

  private static final int MAX_DEPTH = 100;

  private final String text;
  private int pos;
  private int depth;

  private EquationParser(String text) {
    this.text = text;
  }

  static Equation parse(String text) {
    if (text.length() > MAX_CHARS) {
      throw new EquationException("an equation is longer than " + MAX_CHARS + " characters");
    }
    return new EquationParser(text).equation();
  }

  private Equation equation() {
    skipSpace();
    int start = pos;
    Expr.Ref target = name();
    if (target.time() == Expr.Time.PREVIOUS || target.isToken()) {
      throw error(start, "the left side must be a quantity such as hidden_t or z1, not " + target);
    }
    skipSpace();
    if (!eat('=')) {
      throw error(pos, "expected \"=\" after " + target + "; an equation is name = expression");
    }
    Expr expression = comparison();
    skipSpace();
    if (pos < text.length()) {
      throw error(pos, "unexpected \"" + text.charAt(pos) + "\"");
    }
    return new Equation(
        target.name(), target.time() == Expr.Time.CURRENT, expression, text.strip());
  }

  /**
   * {@code a == b}, {@code a != b}, {@code a < b}, {@code a <= b}, {@code a > b}, {@code a >= b}
   * (also {@code ≠ ≤ ≥}): 1 where true, else 0; they bind below + and -, as comparisons do in
   * Python. Python reads {@code 0 < x < 1} as {@code 0 < x and x < 1}, byhand would read it as
   * {@code (0 < x) < 1}: a second comparison in a row is refused rather than read either way.
   */
  private Expr comparison() {
    Expr left = sum();
    skipSpace();
    int first = pos;
    char op = comparisonOperator();
    if (op == 0) {
      return left;
    }
    String written = text.substring(first, pos);
    Expr compared = new Expr.Binary(op, left, sum());
    skipSpace();
    int second = pos;
    if (comparisonOperator() != 0) {
      throw error(
          second,
          "two comparisons in a row ("
              + written
              + " then "
              + text.substring(second, pos)
              + ") are ambiguous; write each in parentheses and multiply them, e.g. (0 < x) * (x <"
              + " 1), or compare a comparison in parentheses, e.g. (a == b) == c");
    }
    return compared;
  }

  /** The comparison at {@code pos}, consumed, as {@link Expr.Binary}'s op; 0 for none. */
  private char comparisonOperator() {
    String[][] spellings = {
      {"==", "="},
      {"!=", "!"},
      {"\u2260", "!"},
      {"<=", "\u2264"},
      {"\u2264", "\u2264"},
      {">=", "\u2265"},
      {"\u2265", "\u2265"},
      {"<", "<"},
      {">", ">"}
    };
    for (String[] spelling : spellings) {
      if (text.startsWith(spelling[0], pos)) {
        pos += spelling[0].length();
        return spelling[1].charAt(0);
      }
    }
    return 0;
  }

  private Expr sum() {
    Expr left = product();
    while (true) {
      skipSpace();
      if (eat('+')) {
        left = new Expr.Binary('+', left, product());
      } else if (eat('-') || eat('\u2212')) {
        left = new Expr.Binary('-', left, product());
      } else {
        return left;
      }
    }
  }

  private Expr product() {
    Expr left = unary();
    while (true) {
      skipSpace();
      if (eat('*')) {
        left = new Expr.Binary('*', left, unary());
      } else if (eat('/')) {
        left = new Expr.Binary('/', left, unary());
      } else if (eat('@') || eat('\u00B7')) {
        left = new Expr.Binary('@', left, unary());
      } else {
        return left;
      }
    }
  }

  private Expr unary() {
    skipSpace();
    if (eat('-') || eat('\u2212')) {
      enter();
      Expr operand = unary();
      depth--;
      return operand instanceof Expr.Num n
          ? new Expr.Num(n.value().negate())
          : new Expr.Negate(operand);
    }
    return postfix();
  }

  private Expr postfix() {
    Expr expr = primary();
    while (true) {
      skipSpace();
      if (eat('^')) {
        skipSpace();
        if (eat('T')) {
          expr = new Expr.Transpose(expr);
        } else if (pos < text.length() && isDigit(text.charAt(pos))) {
          expr = new Expr.Power(expr, exponent());
        } else {
          throw error(
              pos,
              "expected T after ^ (transpose, as in W^T) or a whole number (a power, as in x^2)");
        }
      } else if (eat('[')) {
        expr = subscript(expr);
      } else {
        return expr;
      }
    }
  }

  /** The k of {@code x^k}: a whole number written out, at most {@link Expr.Power#MAX_EXPONENT}. */
  private int exponent() {
    int start = pos;
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos < text.length() && text.charAt(pos) == '.') {
      throw error(start, "a power takes a whole number from 0, as in x^2");
    }
    String digits = text.substring(start, pos);
    if (digits.length() > 3 || Integer.parseInt(digits) > Expr.Power.MAX_EXPONENT) {
      throw error(start, "a power takes a whole number up to " + Expr.Power.MAX_EXPONENT);
    }
    return Integer.parseInt(digits);
  }

  /**
   * After {@code [}: {@code M[i]} (row i, as always), or a slice with up to two positions, each an
   * index or a half-open range {@code i:j} whose ends may be left out ({@code M[:, j]}).
   */
  private Expr subscript(Expr operand) {
    enter();
    List<Expr.Part> parts = new ArrayList<>();
    parts.add(part());
    skipSpace();
    while (eat(',')) {
      if (parts.size() == 2) {
        throw error(pos - 1, "a subscript takes at most two positions: rows, then columns");
      }
      parts.add(part());
      skipSpace();
    }
    depth--;
    boolean row = parts.size() == 1 && parts.get(0) instanceof Expr.At;
    if (!eat(']')) {
      throw error(pos, "expected \"]\" to close the " + (row ? "row index" : "slice"));
    }
    return row
        ? new Expr.Index(operand, ((Expr.At) parts.get(0)).index())
        : new Expr.Slice(operand, parts);
  }

  /** {@code i}, {@code i:j}, {@code i:}, {@code :j} or {@code :}. */
  private Expr.Part part() {
    skipSpace();
    Optional<Expr> from = at(':') ? Optional.empty() : Optional.of(comparison());
    skipSpace();
    if (!eat(':')) {
      return new Expr.At(from.orElseThrow());
    }
    skipSpace();
    Optional<Expr> to = at(',') || at(']') ? Optional.empty() : Optional.of(comparison());
    return new Expr.Span(from, to);
  }

  private boolean at(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private Expr primary() {
    skipSpace();
    if (pos >= text.length()) {
      throw error(pos, "the expression ends too early");
    }
    char c = text.charAt(pos);
    if (eat('(')) {
      enter();
      Expr inner = comparison();
      depth--;
      skipSpace();
      if (!eat(')')) {
        throw error(pos, "expected \")\"");
      }
      return inner;
    }
    if (isDigit(c) || c == '.') {
      return number();
    }
    if (isLetter(c)) {
      int start = pos;
      Expr.Ref ref = name();
      skipSpace();
      if (ref.time() == Expr.Time.NONE && eat('(')) {
        return call(start, ref.name());
      }
      return ref;
    }
    throw error(pos, "unexpected \"" + c + "\"");
  }

  private Expr call(int start, String function) {
    if (!Functions.isKnown(function)) {
      throw error(
          start,
          "unknown function \""
              + function
              + "\"; known functions are "
              + String.join(", ", Functions.names()));
    }
    enter();
    List<Expr> arguments = new ArrayList<>();
    Map<String, Expr> named = new LinkedHashMap<>();
    skipSpace();
    if (!eat(')')) {
      do {
        skipSpace();
        int at = pos;
        Optional<String> name = argumentName();
        if (name.isPresent()) {
          named.put(name.get(), option(function, name.get(), at, named));
        } else if (!named.isEmpty()) {
          throw error(at, "an argument without a name cannot follow a named one in " + function);
        } else {
          arguments.add(comparison());
        }
        skipSpace();
      } while (eat(','));
      if (!eat(')')) {
        throw error(pos, "expected \",\" or \")\" in the arguments of " + function);
      }
    }
    depth--;
    Optional<String> misfit = Functions.misfit(function, arguments.size(), !named.isEmpty());
    if (misfit.isPresent()) {
      throw error(start, misfit.get());
    }
    return new Expr.Call(function, arguments, named);
  }

  /** {@code axis} of {@code axis=0}, leaving the position after the "="; else nothing read. */
  private Optional<String> argumentName() {
    int start = pos;
    while (pos < text.length() && isLetter(text.charAt(pos))) {
      pos++;
    }
    String word = text.substring(start, pos);
    skipSpace();
    if (!word.isEmpty() && eat('=')) {
      if (pos >= text.length() || text.charAt(pos) != '=') {
        return Optional.of(word);
      }
    }
    pos = start;
    return Optional.empty();
  }

  /**
   * The value of a named argument: {@code axis} and {@code ddof} are 0 or 1, written as a number;
   * {@code stride} and {@code pad} are whole-number expressions, checked when they are computed.
   */
  private Expr option(String function, String name, int at, Map<String, Expr> named) {
    List<String> takes = Functions.named(function);
    if (!takes.contains(name)) {
      throw error(
          at,
          function
              + " takes no argument named \""
              + name
              + "\""
              + (takes.equals(List.of("axis"))
                  ? "; it takes axis=0 or axis=1"
                  : takes.isEmpty() ? "" : "; it takes " + String.join("= and ", takes) + "="));
    }
    if (named.containsKey(name)) {
      throw error(at, name + " is given twice in the arguments of " + function);
    }
    skipSpace();
    int start = pos;
    Expr value = sum();
    if (!name.equals("axis") && !name.equals("ddof")) {
      return value;
    }
    if (!(value instanceof Expr.Num n)
        || !(n.value().equals(Rational.ZERO) || n.value().equals(Rational.ONE))) {
      throw error(
          start,
          name.equals("axis")
              ? "axis must be 0 (down the rows: one value per column) or 1 (across each row: one"
                  + " value per row)"
              : "ddof must be 0 (divide by n, as without it) or 1 (divide by n − 1)");
    }
    return value;
  }

  /** {@code W}, {@code hidden_t}, {@code hidden_{t-1}}, {@code x_t}. */
  private Expr.Ref name() {
    int start = pos;
    if (pos >= text.length() || !isLetter(text.charAt(pos))) {
      throw error(pos, "expected a name");
    }
    while (pos < text.length()
        && (isLetter(text.charAt(pos)) || isDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
    String word = text.substring(start, pos);
    if (word.endsWith("_") && pos < text.length() && text.charAt(pos) == '{') {
      int close = text.indexOf('}', pos);
      String inside = close < 0 ? "" : text.substring(pos + 1, close).replace(" ", "");
      String base = word.substring(0, word.length() - 1);
      if (inside.equals("t-1")) {
        pos = close + 1;
        return new Expr.Ref(base, Expr.Time.PREVIOUS);
      }
      if (inside.equals("t")) {
        pos = close + 1;
        return new Expr.Ref(base, Expr.Time.CURRENT);
      }
      if (TableRules.isCellSubscript(inside)) {
        // A table's cell (D_{i-1,j}) is a name of its own, resolved by the table's rules.
        pos = close + 1;
        return new Expr.Ref(base + "_{" + inside + "}", Expr.Time.NONE);
      }
      throw error(
          pos,
          "only _{t} and _{t-1} may follow "
              + base
              + " in braces, or a table's cell: _{i,j}, _{i-1,j}, _{i,j-1}, _{i-1,j-1}, _{0,j},"
              + " _{i,0} or _{0,0}");
    }
    if (word.endsWith("_t") && word.length() > 2) {
      return new Expr.Ref(word.substring(0, word.length() - 2), Expr.Time.CURRENT);
    }
    if (word.endsWith("_")) {
      throw error(
          pos,
          "\""
              + word
              + "\" ends with _; write "
              + word
              + "t for this step or "
              + word
              + "{t-1} for the step before");
    }
    return new Expr.Ref(word, Expr.Time.NONE);
  }

  private Expr number() {
    int start = pos;
    while (pos < text.length() && (isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
      pos++;
    }
    String digits = text.substring(start, pos);
    try {
      if (digits.length() > 100) {
        throw new NumberFormatException();
      }
      return new Expr.Num(Rational.of(new BigDecimal(digits)));
    } catch (NumberFormatException e) {
      throw error(start, "\"" + digits + "\" is not a number");
    }
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error(pos, "nested deeper than " + MAX_DEPTH + " levels");
    }
  }

  private boolean eat(char c) {
    if (pos < text.length() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private EquationException error(int column, String message) {
    return new EquationException(
        "\"" + text.strip() + "\" at column " + (column + 1) + ": " + message);
  }
}
