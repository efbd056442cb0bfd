package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes off what people write around an answer without it being the answer: the handout's LaTeX
 * ({@code \begin{bmatrix} 5 & 4 & 0 \end{bmatrix}}, {@code $[5, 4, 0]$}, {@code \text{BOS}}), a
 * trailing comment ({@code # relu zeroes the last entry}), shown working ({@code relu([5, 4, -1]) =
 * [5, 4, 0]}: the result, last) and accounting negatives ({@code (92.00)} is -92). Only unambiguous
 * forms are rewritten; anything else is left for the number reader to refuse with a sentence.
 * Stateless and thread-safe; linear in the text.
 */
final class Decorations {
  private static final Pattern TEXT_COMMAND =
      Pattern.compile(
          "\\\\(?:text|mathrm|texttt|textbf|mathtt|mathbf|operatorname|textit|mathit)\\s*\\{([^{}]{0,100})\\}");
  private static final Pattern BEGIN =
      Pattern.compile("\\\\begin\\s*\\{[a-zA-Z*]{1,20}\\}(?:\\s*\\{[lcr|]{0,100}\\})?");
  private static final Pattern END = Pattern.compile("\\\\end\\s*\\{[a-zA-Z*]{1,20}\\}");
  private static final Pattern FRACTION =
      Pattern.compile("\\\\[dt]?frac\\s*\\{([^{}]{1,40})\\}\\s*\\{([^{}]{1,40})\\}");
  private static final Pattern TRANSPOSE =
      Pattern.compile("\\^\\s*(?:\\{\\s*)?(?:\\\\top|T|\\\\intercal)(?:\\s*\\})?");
  private static final Pattern SPACING =
      Pattern.compile("\\\\(?:left|right|big|Big|bigl|bigr|quad|qquad|[,;:! ])");
  private static final Pattern ANGLES = Pattern.compile("\\\\r?langle|\\\\rangle");
  // Without the lookbehind "not after a word or a closing bracket", checked in code instead: the
  // page's regular expressions (TeaVM's) look behind by searching back to the start of the text, at
  // every position, which made a long line quadratic there.
  private static final Pattern ACCOUNTING =
      Pattern.compile("\\(\\s*(\\d{1,40}(?:\\.\\d{0,40})?)\\s*\\)");
  private static final Pattern SPREADSHEET_ERROR =
      Pattern.compile(
          "#(?:VALUE!|N/A|DIV/0!|REF!|NAME\\?|NUM!|NULL!|SPILL!|CALC!)", Pattern.CASE_INSENSITIVE);
  // No \s* around the arrow: on a long run of spaces that would make the split quadratic.
  private static final Pattern WORKING = Pattern.compile("=>|->|\u2192|\u21d2|=");

  private Decorations() {}

  /** {@code text} without LaTeX, a trailing comment or shown working; never null. */
  static String clean(String text) {
    return cleanPlain(plain(text));
  }

  /**
   * {@code text} without LaTeX and a trailing comment: what a decorated prediction is read from.
   */
  static String plain(String text) {
    return withoutFullStop(latex(withoutComment(withoutBold(withoutEquationNumber(text)))));
  }

  /**
   * {@code [5, 4, 0] (1)}, {@code (5, 4, -1) (1.1)}: a PDF of a LaTeX write-up numbers its
   * equations at the line's end, after the value's closing bracket; the number is no entry (it was
   * read as an accounting negative, a fourth entry -1).
   */
  static String withoutEquationNumber(String text) {
    int end = text.length();
    while (end > 0 && Clean.isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end < 3 || text.charAt(end - 1) != ')') {
      return text;
    }
    int open = text.lastIndexOf('(', end - 1);
    if (open < 0 || !isEquationNumber(text, open + 1, end - 1)) {
      return text;
    }
    int before = open;
    while (before > 0 && Clean.isSpace(text.charAt(before - 1))) {
      before--;
    }
    if (before == open || before == 0) {
      return text;
    }
    char c = text.charAt(before - 1);
    return c == ']' || c == ')' ? text.substring(0, before) : text;
  }

  /** {@code 1}, {@code 12}, {@code 1.1}, {@code 2a}: an equation's number, from {@code from}. */
  private static boolean isEquationNumber(String text, int from, int to) {
    int digits = 0;
    int i = from;
    while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (digits == 0 || digits > 3) {
      return false;
    }
    if (i < to && text.charAt(i) == '.') {
      int sub = ++i;
      while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i == sub || i - sub > 3) {
        return false;
      }
    }
    if (i < to && text.charAt(i) >= 'a' && text.charAt(i) <= 'z') {
      i++;
    }
    return i == to;
  }

  /**
   * {@code [21, 8, 9, 20, 13, 12].}, {@code = (5, 4, 0)^\top$.}: the full stop that ends a sentence
   * after a closing bracket is no part of the value. A point after a digit stays: it may be a float
   * print ({@code 21.}).
   */
  static String withoutFullStop(String text) {
    int end = text.length();
    while (end > 0 && Clean.isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end < 2 || text.charAt(end - 1) != '.') {
      return text;
    }
    int before = end - 1;
    while (before > 0 && Clean.isSpace(text.charAt(before - 1))) {
      before--;
    }
    if (before == 0) {
      return text;
    }
    char last = text.charAt(before - 1);
    return last == ']' || last == ')' ? text.substring(0, before) : text;
  }

  /** Markdown's bold ({@code **[5, 4, 0]**}, {@code __BOS__}) around an answer is no part of it. */
  private static String withoutBold(String text) {
    if (text.indexOf("**") < 0 && text.indexOf("__") < 0) {
      return text;
    }
    return text.replace("**", "").replace("__", "");
  }

  /**
   * What {@link #clean} makes of text that is already {@link #plain}: without working, accounting
   * negatives as minus.
   */
  static String cleanPlain(String plain) {
    return accounting(result(plain));
  }

  /** The LaTeX of the handout and of write-ups, as plain brackets, commas and words. */
  static String latex(String text) {
    if (text.indexOf('\\') < 0 && text.indexOf('$') < 0 && text.indexOf('&') < 0) {
      return text;
    }
    String plain = TEXT_COMMAND.matcher(text).replaceAll(" $1 ");
    plain = FRACTION.matcher(plain).replaceAll("$1/$2");
    plain = BEGIN.matcher(plain).replaceAll(" [ ");
    plain = END.matcher(plain).replaceAll(" ] ");
    plain = TRANSPOSE.matcher(plain).replaceAll(" ");
    plain = SPACING.matcher(plain).replaceAll(" ");
    plain = ANGLES.matcher(plain).replaceAll(" ");
    plain =
        plain
            .replace("\\\\", " , ")
            .replace("&", " , ")
            .replace("\\[", " ")
            .replace("\\]", " ")
            .replace("\\(", " ")
            .replace("\\)", " ")
            .replace("$", " ")
            .replace("\\", " ");
    return plain.strip();
  }

  /** {@code 5 4 0 # relu zeroes the last entry}: the comment goes, a spreadsheet error stays. */
  static String withoutComment(String text) {
    return withoutComment(text, false);
  }

  /**
   * As {@link #withoutComment(String)}, with {@code "…"} quoted text kept whole when {@code
   * quoted}.
   */
  static String withoutComment(String text, boolean quoted) {
    boolean inQuotes = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted && c == '"') {
        inQuotes = !inQuotes;
      }
      if (inQuotes) {
        continue;
      }
      boolean afterSpace =
          i == 0
              || Character.isWhitespace(text.charAt(i - 1))
              || text.charAt(i - 1) == ','
              || text.charAt(i - 1) == ';';
      if (c == '#'
          && afterSpace
          && !SPREADSHEET_ERROR.matcher(text).region(i, text.length()).lookingAt()) {
        return text.substring(0, i).stripTrailing();
      }
      if (c == '/' && afterSpace && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        return text.substring(0, i).stripTrailing();
      }
    }
    return text;
  }

  /**
   * {@code 12 (largest is 21)}, {@code [31, 19, 15] (E(BOS) = row 1 of E = [2, -1, 3, 5])}: a
   * remark in brackets after the last number of an answer is no part of it, nor is its own working.
   * Only a remark holding a word, after text ending in a number or bracket, goes; {@code (92.00)}
   * and {@code BOS (index 0)} stay for the readers that know them.
   */
  static String withoutRemark(String text) {
    String stripped = withoutProse(Clean.stripSpaces(text));
    // Prose after the numbers gone ("-11). Two entries tie"), the numbers are what is left.
    String unremarked = stripped.length() == Clean.stripSpaces(text).length() ? text : stripped;
    if (stripped.endsWith(").")) {
      // A sentence's full stop after the remark: "0] (so it becomes 0)."
      stripped = stripped.substring(0, stripped.length() - 1);
    }
    if (!stripped.endsWith(")")) {
      return unremarked;
    }
    // The parenthesis that the last one closes: a remark may hold its own ("(E(BOS) = row 1)").
    int open = stripped.length() - 1;
    for (int depth = 0; open >= 0; open--) {
      depth += stripped.charAt(open) == ')' ? 1 : stripped.charAt(open) == '(' ? -1 : 0;
      if (depth == 0) {
        break;
      }
    }
    if (open <= 0) {
      return unremarked;
    }
    String before = Clean.stripSpaces(stripped.substring(0, open));
    String remark = stripped.substring(open + 1, stripped.length() - 1);
    boolean word = false;
    for (int i = 1; i < remark.length() && !word; i++) {
      word = Character.isLetter(remark.charAt(i)) && Character.isLetter(remark.charAt(i - 1));
    }
    char last = before.isEmpty() ? ' ' : before.charAt(before.length() - 1);
    if (TokenText.countsPositions(before, remark)) {
      // "1 (the max is the 1st entry)": a position counted from 1 or a token id; the remark says.
      return unremarked;
    }
    return word && (endsValue(last) || last == '.') ? before : unremarked;
  }

  /**
   * Whether {@code c} may end a value before a remark: a digit or a closing bracket, angle brackets
   * too ({@code <31, 19, 15> (input only)}).
   */
  static boolean endsValue(char c) {
    return Character.isDigit(c) || c == ']' || c == '>' || c == '\u27e9';
  }

  /**
   * {@code 13] <- one per word}, {@code −11). Two entries tie for the}, {@code -12]$, and the
   * favored next token is}: numbers, up to the bracket that closes them and the punctuation after
   * it, then a remark of two words or more that starts with no number and offers no other answer
   * ({@code or maybe …}); the numbers. Anything else is returned as it is.
   */
  private static String withoutProse(String text) {
    int end = 0;
    while (end < text.length() && "0123456789.+-\u2212[](), ;$".indexOf(text.charAt(end)) >= 0) {
      end++;
    }
    String values = Clean.stripSpaces(text.substring(0, end));
    int kept = values.length();
    while (kept > 0 && " .,;$".indexOf(values.charAt(kept - 1)) >= 0) {
      kept--;
    }
    values = values.substring(0, kept);
    if (values.isEmpty()
        || end == text.length()
        || !Clean.isSpace(text.charAt(end - 1))
        || !Character.isDigit(
            last(last(values, ']') == ')' ? values.replace(")", "") : values, ']'))
        || values.indexOf('(') >= 0) {
      return text;
    }
    String rest = text.substring(end);
    char first = rest.charAt(0);
    if (first == '(' || Character.isDigit(first) || offersAnother(rest)) {
      return text;
    }
    int words = 0;
    for (int i = 1; i < rest.length(); i++) {
      if (Character.isLetter(rest.charAt(i - 1)) && !Character.isLetter(rest.charAt(i))) {
        words++;
      }
    }
    words += Character.isLetter(rest.charAt(rest.length() - 1)) ? 1 : 0;
    return words >= 2 ? values : text;
  }

  /**
   * {@code or maybe outside?}: text after an answer that starts with "or" offers a second answer,
   * and is no remark beside the first.
   */
  static boolean offersAnother(String text) {
    String start = Clean.stripSpaces(text);
    return start.length() > 3
        && start.regionMatches(true, 0, "or", 0, 2)
        && Clean.isSpace(start.charAt(2));
  }

  /** The last character of {@code text} that is not {@code skip}, or a space. */
  private static char last(String text, char skip) {
    for (int i = text.length() - 1; i >= 0; i--) {
      if (text.charAt(i) != skip) {
        return text.charAt(i);
      }
    }
    return ' ';
  }

  /** Whether {@code value} is a spreadsheet's error code such as {@code #VALUE!}. */
  static boolean isSpreadsheetError(String value) {
    return SPREADSHEET_ERROR.matcher(value.strip()).matches();
  }

  /**
   * Shown working {@code a = b = c}: the last side when it holds only values, else the first when
   * it does; unchanged when neither does (the number reader then says what is wrong).
   */
  static String result(String text) {
    if (text.indexOf('=') < 0
        && text.indexOf('>') < 0
        && text.indexOf('\u2192') < 0
        && text.indexOf('\u21d2') < 0) {
      return text;
    }
    List<String> sides = new ArrayList<>();
    for (String side : WORKING.split(text, -1)) {
      if (!side.isBlank()) {
        sides.add(side.strip());
      }
    }
    if (sides.size() < 2 || text.strip().startsWith("=")) {
      return text;
    }
    if (isValues(sides.get(sides.size() - 1)) && !labelsAnother(sides)) {
      return sides.get(sides.size() - 1);
    }
    return isValues(sides.get(0)) ? sides.get(0) : text;
  }

  /**
   * Whether a side before the last ends one value and starts another's label ({@code [5, 4, 0],
   * o^{(1)} = [21, …]}): a comma or semicolon outside brackets. Working keeps its commas inside
   * brackets ({@code ReLU([26, -11, 21] + [31, 19, 15]) = [57, 8, 36]}).
   */
  private static boolean labelsAnother(List<String> sides) {
    for (int k = 0; k + 1 < sides.size(); k++) {
      String side = sides.get(k);
      int depth = 0;
      for (int i = 0; i < side.length(); i++) {
        char c = side.charAt(i);
        if (c == '(' || c == '[' || c == '{') {
          depth++;
        } else if (c == ')' || c == ']' || c == '}') {
          depth = Math.max(0, depth - 1);
        } else if (depth == 0 && (c == ',' || c == ';')) {
          return true;
        }
      }
    }
    return false;
  }

  /** Numbers only, or one word (a token): what an answer is, as against a formula. */
  private static boolean isValues(String side) {
    List<String> values = ValueSplitter.split(accounting(side));
    if (values.size() == 1 && values.get(0).chars().allMatch(Character::isLetter)) {
      return true;
    }
    return !values.isEmpty() && NumberReader.allNumbers(values);
  }

  /** {@code (92.00)} → {@code -92.00}, as spreadsheets show negatives in accounting format. */
  static String accounting(String text) {
    if (text.indexOf('(') < 0) {
      return text;
    }
    Matcher m = ACCOUNTING.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    int depth = 0;
    int scanned = 0;
    while (m.find()) {
      for (; scanned < m.start(); scanned++) {
        char c = text.charAt(scanned);
        depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
      }
      char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
      if (isWordChar(before) || before == ')' || before == ']' || depth > 0) {
        // Inside a bracket, (5) is an entry of a column written ((5),(4),(0)), not a negative.
        continue;
      }
      out.append(text, copied, m.start()).append('-').append(m.group(1));
      copied = m.end();
    }
    return copied == 0 ? text : out.append(text, copied, text.length()).toString();
  }

  /** Java's {@code \\w}: an ASCII letter or digit, or an underscore. */
  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
}
