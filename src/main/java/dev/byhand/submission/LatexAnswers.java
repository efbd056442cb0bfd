package dev.byhand.submission;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a LaTeX write-up: display math ({@code \[ … \]}, {@code $$ … $$}, {@code align}) is joined
 * into one logical line per row ({@code \\} outside a matrix ends a row, {@code &} outside a matrix
 * aligns and is dropped), and each line of the form {@code key = value} or {@code key: value} is an
 * answer; the rest is prose. {@code \section{Question 2}} says which question the lines under it
 * answer.
 */
final class LatexAnswers {
  static final Pattern OPEN_MATH =
      Pattern.compile(
          "\\\\\\[|\\$\\$|\\\\begin\\s*\\{(?:align|equation|gather|multline|eqnarray)\\*?\\}");
  static final Pattern CLOSE_MATH =
      Pattern.compile(
          "\\\\\\]|\\$\\$|\\\\end\\s*\\{(?:align|equation|gather|multline|eqnarray)\\*?\\}");
  private static final Pattern MATRIX_BEGIN =
      Pattern.compile("\\\\begin\\s*\\{[a-zA-Z]*matrix\\*?\\}|\\\\begin\\s*\\{array\\}");
  private static final Pattern MATRIX_END =
      Pattern.compile("\\\\end\\s*\\{[a-zA-Z]*matrix\\*?\\}|\\\\end\\s*\\{array\\}");

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
      java.util.regex.Matcher open = math == null ? delimiter(OPEN_MATH, line, 0) : null;
      if (open != null && delimiter(CLOSE_MATH, line, open.end()) == null) {
        math = new StringBuilder(line);
        mathLine = i + 1;
        continue;
      }
      if (math != null) {
        math.append(' ').append(line);
        if (delimiter(CLOSE_MATH, line, 0) == null && math.length() < 10_000) {
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

  /**
   * The first match of a math or matrix delimiter in {@code text} at or after {@code from}, or
   * null. Each starts with a backslash or a dollar sign and is tried only there: a regular
   * expression's search tries every position, and in the page that made a 1 MiB line cost a second.
   */
  private static java.util.regex.Matcher delimiter(Pattern pattern, String text, int from) {
    java.util.regex.Matcher m = pattern.matcher(text);
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '\\' || c == '$') && m.region(i, text.length()).lookingAt()) {
        return m;
      }
    }
    return null;
  }

  /** {@code text} with every delimiter {@code pattern} matches replaced by a space. */
  static String spaced(Pattern pattern, String text) {
    java.util.regex.Matcher m = delimiter(pattern, text, 0);
    if (m == null) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (; m != null; m = delimiter(pattern, text, copied)) {
      out.append(text, copied, m.start()).append(' ');
      copied = m.end();
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** Splits one logical line at {@code \\} outside matrices and reads each piece. */
  private static boolean rows(String logical, int line, CsvRows rows) {
    String plain = spaced(CLOSE_MATH, spaced(OPEN_MATH, logical));
    StringBuilder row = new StringBuilder();
    int depth = 0;
    // Both start with a backslash: tried only there, with one matcher each for the whole line.
    java.util.regex.Matcher begin = MATRIX_BEGIN.matcher(plain);
    java.util.regex.Matcher end = MATRIX_END.matcher(plain);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c == '\\' && begin.region(i, plain.length()).lookingAt()) {
        depth++;
      } else if (c == '\\' && end.region(i, plain.length()).lookingAt()) {
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
