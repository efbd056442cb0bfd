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
      while (i < line.length() && line.charAt(i) != delimiter
          && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      boolean quoted = i < line.length() && line.charAt(i) == QUOTE;
      int end = quoted ? quotedEnd(line, i, delimiter) : plainEnd(line, i, delimiter);
      if (end < 0) {
        return Optional.empty();
      }
      cells.add((quoted ? line.substring(i + 1, end - 1) : withoutTrailingSpaces(line, i, end)).trim());
      // After a closing quote, only spaces (checked) are left before the delimiter.
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

  /** An unquoted value, without the spaces Commons CSV drops after it (ignoreSurroundingSpaces). */
  private static String withoutTrailingSpaces(String line, int start, int end) {
    int last = end;
    while (last > start && Character.isWhitespace(line.charAt(last - 1))) {
      last--;
    }
    return line.substring(start, last);
  }
}
