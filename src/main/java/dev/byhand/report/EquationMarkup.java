package dev.byhand.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An equation of the rubric's grammar as MathML or LaTeX, token by token: {@code hidden_{t-1}} is a
 * subscript, {@code @} and {@code ·} a centred dot, {@code ^T} a transpose, a name before {@code (}
 * a function. Stateless.
 */
final class EquationMarkup {
  private static final Pattern TOKEN =
      Pattern.compile(
          "\\s*(?:(?<name>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*(?:_\\{[-a-z0-9,]{1,12}\\})?)|(?<number>\\d+(?:\\.\\d+)?)"
              + "|(?<transpose>\\^T)|(?<op>==|!=|<=|>=|[-+*/@·=()\\[\\],<>≤≥≠]))");

  private EquationMarkup() {}

  static String mathMl(String equation) {
    StringBuilder out = new StringBuilder("<math display=\"block\"><mrow>");
    tokens(
        equation,
        (kind, text, function) ->
            out.append(
                switch (kind) {
                  case "name" ->
                      function
                          ? "<mi mathvariant=\"normal\">" + Html.escape(text) + "</mi>"
                          : mathMlName(text);
                  case "number" -> "<mn>" + text + "</mn>";
                  case "transpose" -> "<msup><mrow></mrow><mi mathvariant=\"normal\">T</mi></msup>";
                  default -> "<mo>" + Html.escape(mathOperator(text)) + "</mo>";
                }));
    return out.append("</mrow></math>").toString();
  }

  static String latex(String equation) {
    StringBuilder out = new StringBuilder();
    tokens(
        equation,
        (kind, text, function) ->
            out.append(
                switch (kind) {
                  case "name" -> function ? "\\operatorname{" + tex(text) + "}" : latexName(text);
                  case "number" -> text;
                  case "transpose" -> "^{\\top}";
                  default -> latexOperator(text);
                }));
    return out.toString();
  }

  /** An operator as printed mathematics writes it: a centred dot for products, ≠ ≤ ≥. */
  private static String mathOperator(String op) {
    return switch (op) {
      case "@", "*" -> "·";
      case "!=" -> "≠";
      case "<=" -> "≤";
      case ">=" -> "≥";
      default -> op;
    };
  }

  private static String latexOperator(String op) {
    return switch (op) {
      case "@", "·" -> " \\cdot ";
      case "*" -> " \\odot ";
      case "!=", "≠" -> " \\neq ";
      case "<=", "≤" -> " \\leq ";
      case ">=", "≥" -> " \\geq ";
      case "=", "==", "<", ">", "+", "-" -> " " + op + " ";
      default -> op;
    };
  }

  private interface Sink {
    void token(String kind, String text, boolean function);
  }

  private static void tokens(String equation, Sink sink) {
    Matcher matcher = TOKEN.matcher(equation);
    int at = 0;
    while (at < equation.length() && matcher.find(at) && matcher.start() == at) {
      at = matcher.end();
      String kind =
          matcher.group("name") != null
              ? "name"
              : matcher.group("number") != null
                  ? "number"
                  : matcher.group("transpose") != null ? "transpose" : "op";
      boolean function =
          kind.equals("name") && equation.substring(at).stripLeading().startsWith("(");
      sink.token(kind, matcher.group(kind), function);
    }
    if (at < equation.stripTrailing().length()) {
      sink.token("op", equation.substring(at).strip(), false);
    }
  }

  /** {@code hidden_{t-1}} → base {@code hidden}, subscript {@code t-1}. */
  private static String[] split(String name) {
    int underscore = name.lastIndexOf('_');
    if (name.endsWith("}") && name.contains("_{")) {
      // hidden_{t-1}, or a table's cell D_{i-1,j}
      int open = name.indexOf("_{");
      return new String[] {name.substring(0, open), name.substring(open + 2, name.length() - 1)};
    }
    return underscore > 0
        ? new String[] {name.substring(0, underscore), name.substring(underscore + 1)}
        : new String[] {name, ""};
  }

  /** A name as MathML: {@code hidden_0} → hidden with subscript 0. */
  static String mathMlName(String name) {
    String[] parts = split(name);
    String base = "<mi>" + Html.escape(parts[0]) + "</mi>";
    if (parts[1].isEmpty()) {
      return base;
    }
    String sub =
        parts[1].matches("[A-Za-z0-9]+")
            ? "<mi>" + Html.escape(parts[1]) + "</mi>"
            : "<mrow>" + subscript(parts[1]) + "</mrow>";
    return "<msub>" + base + sub + "</msub>";
  }

  /** {@code t-1} or {@code i-1,j}: letters, digits and signs, one MathML token each. */
  private static String subscript(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      String tag = Character.isLetter(c) ? "mi" : Character.isDigit(c) ? "mn" : "mo";
      out.append('<').append(tag).append('>').append(c).append("</").append(tag).append('>');
    }
    return out.toString();
  }

  private static String latexName(String name) {
    String[] parts = split(name);
    String base = parts[0].length() == 1 ? parts[0] : "\\mathit{" + tex(parts[0]) + "}";
    return parts[1].isEmpty() ? base : base + "_{" + tex(parts[1]) + "}";
  }

  static String tex(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{', '}', '$', '&', '#', '_', '%' -> out.append('\\').append(c);
        case '^' -> out.append("\\^{}");
        case '~' -> out.append("\\~{}");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** HTML text escaping, for the handout's own markup. */
  static final class Html {
    private Html() {}

    static String escape(String text) {
      return text.replace("&", "&amp;")
          .replace("<", "&lt;")
          .replace(">", "&gt;")
          .replace("\"", "&quot;")
          .replace("'", "&#39;");
    }
  }
}
