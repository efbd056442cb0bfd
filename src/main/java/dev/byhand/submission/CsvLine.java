package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits one CSV line exactly as Commons CSV does with {@link CsvAnswers}' format, for the lines
 * students write: values unquoted, or quoted whole ({@code q1.hidden,"[5, 4, 0]"}). Creating a
 * Commons CSV parser costs more than reading a whole answers file this way, so the full parser is
 * kept for lines that need it: empty when a quote does not close on its line, is doubled, stands
 * inside an unquoted value, or is followed by more than spaces.
 */
final class CsvLine {
  private static final char QUOTE = '"';

  private CsvLine() {}

  /** The cells of {@code line} (no line break in it), or empty when it needs the full parser. */
  static Optional<List<String>> cells(String line, char delimiter) {
    List<String> cells = new ArrayList<>();
    int i = 0;
    while (true) {
      // Commons CSV skips spaces before a value (ignoreSurroundingSpaces) and trims it (trim).
      while (i < line.length() && line.charAt(i) != delimiter && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      int end = i < line.length() && line.charAt(i) == QUOTE ? quotedEnd(line, i, delimiter) : plainEnd(line, i, delimiter);
      if (end < 0) {
        return Optional.empty();
      }
      cells.add(value(line, i, end).trim());
      i = end;
      while (i < line.length() && line.charAt(i) != delimiter) {
        i++;
      }
      if (i == line.length()) {
        return Optional.of(cells);
      }
      i++;
    }
  }

  /** Where an unquoted value ends (the delimiter or the line's end); -1 if it holds a quote. */
  private static int plainEnd(String line, int start, char delimiter) {
    int i = start;
    while (i < line.length() && line.charAt(i) != delimiter) {
      if (line.charAt(i) == QUOTE) {
        return -1;
      }
      i++;
    }
    return i;
  }

  /**
   * Just after the closing quote of a value quoted at {@code open}; -1 unless the quote closes on
   * this line, is not doubled, and only spaces follow it up to the delimiter.
   */
  private static int quotedEnd(String line, int open, char delimiter) {
    int close = line.indexOf(QUOTE, open + 1);
    if (close < 0) {
      return -1;
    }
    for (int i = close + 1; i < line.length() && line.charAt(i) != delimiter; i++) {
      if (!Character.isWhitespace(line.charAt(i))) {
        return -1;
      }
    }
    return close + 1;
  }

  /** The text of the value in {@code [start, end)}: inside the quotes, or without trailing spaces. */
  private static String value(String line, int start, int end) {
    if (start < end && line.charAt(start) == QUOTE) {
      return line.substring(start + 1, end - 1);
    }
    int last = end;
    while (last > start && Character.isWhitespace(line.charAt(last - 1))) {
      last--;
    }
    return line.substring(start, last);
  }
}
