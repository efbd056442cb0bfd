package dev.byhand.submission;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a LaTeX write-up: display math ({@code \[ … \]}, {@code $$ … $$}, {@code align}) is joined
 * into one logical line per row ({@code \\} outside a matrix ends a row, {@code &} outside a matrix
 * aligns and is dropped), and each line of the form {@code key = value} or {@code key: value} is an
 * answer; the rest is prose. {@code \section{Question 2}} says which question the lines under it
 * answer.
 */
final class LatexAnswers {
  /**
   * A delimiter of display math or of a matrix, matched by hand where it starts: one of its {@code
   * literals} ({@code \\[}, {@code $$}), or {@code command} ({@code \\begin}, {@code \\end}),
   * spaces, then an environment's name in braces, a {@code *} allowed before the closing brace. In
   * the page a regular expression tried at every backslash of a megabyte of nested matrices cost a
   * fifth of its time.
   */
  record Delimiter(List<String> literals, String command, Predicate<String> environment) {
    /**
     * Where the delimiter that starts at {@code i} of {@code text} ends; -1 when none starts there.
     */
    int endAt(String text, int i) {
      for (String literal : literals) {
        if (text.startsWith(literal, i)) {
          return i + literal.length();
        }
      }
      if (!text.startsWith(command, i)) {
        return -1;
      }
      int k = i + command.length();
      while (k < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(k)) >= 0) {
        k++;
      }
      if (k >= text.length() || text.charAt(k) != '{') {
        return -1;
      }
      int start = ++k;
      while (k < text.length() && isAsciiLetter(text.charAt(k))) {
        k++;
      }
      if (!environment.test(text.substring(start, k))) {
        return -1;
      }
      if (k < text.length() && text.charAt(k) == '*') {
        k++;
      }
      return k < text.length() && text.charAt(k) == '}' ? k + 1 : -1;
    }

    /** Where the first delimiter at or after {@code from} starts; -1 when there is none. */
    int find(String text, int from) {
      for (int i = from; i < text.length(); i++) {
        char c = text.charAt(i);
        if ((c == '\\' || c == '$') && endAt(text, i) >= 0) {
          return i;
        }
      }
      return -1;
    }
  }

  private static final Set<String> MATH =
      Set.of("align", "equation", "gather", "multline", "eqnarray");

  static final Delimiter OPEN_MATH = new Delimiter(List.of("\\[", "$$"), "\\begin", MATH::contains);
  static final Delimiter CLOSE_MATH = new Delimiter(List.of("\\]", "$$"), "\\end", MATH::contains);
  private static final Delimiter MATRIX_BEGIN =
      new Delimiter(List.of(), "\\begin", LatexAnswers::isMatrix);
  private static final Delimiter MATRIX_END =
      new Delimiter(List.of(), "\\end", LatexAnswers::isMatrix);

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** {@code bmatrix}, {@code matrix}, {@code array}: the environments whose rows are a matrix's. */
  private static boolean isMatrix(String name) {
    return name.endsWith("matrix") || name.equals("array");
  }

  private LatexAnswers() {}

  static void read(String text, AnswerSink sink) {
    List<String> lines = CsvAnswers.checkedLines(text);
    CsvRows rows = new CsvRows(sink, ',', true);
    LatexTables.read(lines, sink, rows);
    StringBuilder math = null;
    int mathLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = withoutComment(lines.get(i));
      Headings.question(line).ifPresent(sink::underQuestion);
      int open = math == null ? OPEN_MATH.find(line, 0) : -1;
      if (open >= 0 && CLOSE_MATH.find(line, OPEN_MATH.endAt(line, open)) < 0) {
        math = new StringBuilder(line);
        mathLine = i + 1;
        continue;
      }
      if (math != null) {
        math.append(' ').append(line);
        if (CLOSE_MATH.find(line, 0) < 0 && math.length() < 10_000) {
          continue;
        }
        line = math.toString();
        math = null;
      } else {
        mathLine = i + 1;
      }
      if (!rows(line, mathLine, rows)) {
        return;
      }
    }
  }

  /**
   * The line without its comments: from a {@code %} not escaped as {@code \\%} to the end. By hand,
   * not by a regular expression's lookbehind: the page's regular expressions (TeaVM's) look behind
   * by searching back to the start of the line at every position, quadratic on a long line.
   */
  static String withoutComment(String line) {
    StringBuilder kept = null;
    int copied = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '%' && (i == 0 || line.charAt(i - 1) != '\\')) {
        kept = kept == null ? new StringBuilder(line.length()) : kept;
        kept.append(line, copied, i);
        // As the regular expression's "." did, a comment ends at a line terminator.
        while (i < line.length() && !isLineTerminator(line.charAt(i))) {
          i++;
        }
        copied = i;
      }
    }
    return kept == null ? line : kept.append(line, copied, line.length()).toString();
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** {@code text} with every {@code delimiter} replaced by a space. */
  static String spaced(Delimiter delimiter, String text) {
    int at = delimiter.find(text, 0);
    if (at < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (; at >= 0; at = delimiter.find(text, copied)) {
      out.append(text, copied, at).append(' ');
      copied = delimiter.endAt(text, at);
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** Splits one logical line at {@code \\} outside matrices and reads each piece. */
  private static boolean rows(String logical, int line, CsvRows rows) {
    String plain = spaced(CLOSE_MATH, spaced(OPEN_MATH, logical));
    StringBuilder row = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c == '\\' && MATRIX_BEGIN.endAt(plain, i) >= 0) {
        depth++;
      } else if (c == '\\' && MATRIX_END.endAt(plain, i) >= 0) {
        depth = Math.max(0, depth - 1);
      }
      if (depth == 0 && c == '\\' && i + 1 < plain.length() && plain.charAt(i + 1) == '\\') {
        if (!row(row.toString(), line, rows)) {
          return false;
        }
        row.setLength(0);
        i++;
      } else if (depth == 0 && c == '&') {
        row.append(' ');
      } else {
        row.append(c);
      }
    }
    return row(row.toString(), line, rows);
  }

  /** Preamble and environment lines (such as the usepackage line) hold no answers. */
  private static boolean row(String text, int line, CsvRows rows) {
    String stripped = Clean.stripSpaces(text);
    if (stripped.isEmpty()
        || stripped.startsWith("\\") && stripped.indexOf('=') < 0 && stripped.indexOf(':') < 0) {
      return true;
    }
    return rows.accept(List.of(stripped), line);
  }
}
