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
  private static final Pattern COMMENT = Pattern.compile("(?<!\\\\)%.*");
  private static final Pattern OPEN_MATH =
      Pattern.compile(
          "\\\\\\[|\\$\\$|\\\\begin\\s*\\{(?:align|equation|gather|multline|eqnarray)\\*?\\}");
  private static final Pattern CLOSE_MATH =
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
    StringBuilder math = null;
    int mathLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = COMMENT.matcher(lines.get(i)).replaceAll("");
      Headings.question(line).ifPresent(sink::underQuestion);
      if (math == null
          && OPEN_MATH.matcher(line).find()
          && !CLOSE_MATH.matcher(afterOpen(line)).find()) {
        math = new StringBuilder(line);
        mathLine = i + 1;
        continue;
      }
      if (math != null) {
        math.append(' ').append(line);
        if (!CLOSE_MATH.matcher(line).find() && math.length() < 10_000) {
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

  private static String afterOpen(String line) {
    java.util.regex.Matcher open = OPEN_MATH.matcher(line);
    return open.find() ? line.substring(open.end()) : line;
  }

  /** Splits one logical line at {@code \\} outside matrices and reads each piece. */
  private static boolean rows(String logical, int line, CsvRows rows) {
    String plain = OPEN_MATH.matcher(logical).replaceAll(" ");
    plain = CLOSE_MATH.matcher(plain).replaceAll(" ");
    StringBuilder row = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < plain.length(); i++) {
      if (MATRIX_BEGIN.matcher(plain).region(i, plain.length()).lookingAt()) {
        depth++;
      } else if (MATRIX_END.matcher(plain).region(i, plain.length()).lookingAt()) {
        depth = Math.max(0, depth - 1);
      }
      char c = plain.charAt(i);
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
