package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;

/**
 * Vectors laid out over several lines, joined onto one line before a reader looks at the lines: a
 * column drawn down the page with a bracket on every line ({@code [ 5 ]} / {@code h_1 = [ 4 ]} /
 * {@code [ 0 ]}), and a CSV key written once with its vector going on down the rows ({@code
 * q1.hidden,5} / {@code ,4} / {@code ,0}). The joined line takes the place of the first line of the
 * layout and the others become blank, so line numbers stay true. Linear in the text.
 */
final class Layout {
  private Layout() {}

  /**
   * Joins each run of lines that each hold one bracketed value, exactly one of them labelled
   * ({@code h_1 = [ 4 ]}), into {@code h_1 = [5, 4, 0]} on the run's first line. A run with no
   * label, or more than one, is left as it is.
   */
  static void drawnColumns(List<String> lines) {
    int i = 0;
    while (i < lines.size()) {
      int end = i;
      while (end < lines.size() && drawnEntry(lines.get(end)) != null) {
        end++;
      }
      if (end - i >= 2) {
        joinColumn(lines, i, end);
        i = end;
      } else {
        i = end + 1;
      }
    }
  }

  private static void joinColumn(List<String> lines, int from, int to) {
    String label = null;
    List<String> values = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String line = lines.get(i);
      String prefix = line.substring(0, line.lastIndexOf('['));
      if (!Clean.isBlank(prefix)) {
        if (label != null) {
          return;
        }
        label = prefix;
      }
      values.add(drawnEntry(line));
    }
    if (label == null || !(label.strip().endsWith("=") || label.strip().endsWith(":"))) {
      return;
    }
    for (int i = from; i < to; i++) {
      lines.set(i, "");
    }
    lines.set(from, label.stripTrailing() + " [" + String.join(", ", values) + "]");
  }

  /** The one value of a line ending {@code [ 4 ]}, or null when the line is not such a line. */
  private static String drawnEntry(String line) {
    String stripped = Clean.stripSpaces(line);
    int open = stripped.lastIndexOf('[');
    if (!stripped.endsWith("]") || open < 0 || stripped.length() > 200) {
      return null;
    }
    String inner = Clean.stripSpaces(stripped.substring(open + 1, stripped.length() - 1));
    if (inner.isEmpty()) {
      return null;
    }
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (Clean.isSpace(c) || c == ',' || c == ';' || c == '[' || c == ']') {
        return null;
      }
    }
    return inner;
  }

  /**
   * Joins rows whose first cell is empty and that hold one value ({@code ,4}) onto the keyed row
   * above them ({@code q1.hidden,5}), which must hold one value too: a key once with its vector
   * down the rows.
   */
  static void continuedRows(List<String> lines, char delimiter) {
    int head = -1;
    boolean headTakesMore = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (Clean.isBlank(line)) {
        continue;
      }
      String value = continuation(line, delimiter);
      if (value != null && headTakesMore) {
        lines.set(head, lines.get(head) + delimiter + value);
        lines.set(i, "");
        continue;
      }
      head = i;
      headTakesMore = oneValueRow(line, delimiter);
    }
  }

  /** The value of a row {@code ,4}, or null for any other row. */
  private static String continuation(String line, char delimiter) {
    String stripped = Clean.stripSpaces(line);
    if (stripped.length() < 2 || stripped.charAt(0) != delimiter || stripped.indexOf('"') >= 0) {
      return null;
    }
    String rest = Clean.stripSpaces(trimDelimiters(stripped.substring(1), delimiter));
    return rest.isEmpty() || rest.indexOf(delimiter) >= 0 ? null : rest;
  }

  /** {@code q1.hidden,5}: a first cell and one value, nothing quoted. */
  private static boolean oneValueRow(String line, char delimiter) {
    String stripped = trimDelimiters(Clean.stripSpaces(line), delimiter);
    int split = stripped.indexOf(delimiter);
    return split > 0
        && stripped.indexOf('"') < 0
        && stripped.indexOf(delimiter, split + 1) < 0
        && !Clean.isBlank(stripped.substring(split + 1));
  }

  private static String trimDelimiters(String text, char delimiter) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == delimiter || Clean.isSpace(text.charAt(end - 1)))) {
      end--;
    }
    return text.substring(0, end);
  }
}
