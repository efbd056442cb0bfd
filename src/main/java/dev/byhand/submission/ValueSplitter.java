package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a written vector into its values: {@code [5, 4, 0]}, {@code 5 4 0}, numpy's {@code [57. 8.
 * 36.]}, {@code 5;4;0}, {@code array([5., 4., 0.])}. A single word such as {@code 'is'} stays one
 * value, without its quotes.
 */
final class ValueSplitter {
  private static final Pattern WRAPPER =
      Pattern.compile("^(?:np\\.|numpy\\.|torch\\.)?(?:array|tensor)\\s*(?=\\()");

  /** Between values: brackets, commas, semicolons and whitespace (regex {@code \\s}). */
  private static final String SEPARATORS = "[](){},; \t\n\u000B\f\r";

  /**
   * Brackets (angle brackets too: {@code <5}, {@code 0>}), and Markdown's bold and code marks
   * ({@code **[5}, {@code 0]**}).
   */
  private static final String STRAY = "[](){}*`<>\u27e8\u27e9";

  private ValueSplitter() {}

  /** One of {@link #SEPARATORS}, by a switch: looked up for every character of every value. */
  private static boolean isSeparator(char c) {
    switch (c) {
      case '[', ']', '(', ')', '{', '}', ',', ';', ' ', '\t', '\n', '\u000B', '\f', '\r':
        return true;
      default:
        return false;
    }
  }

  /** The values written in one cell or JSON string; empty when it holds nothing. */
  static List<String> split(String cell) {
    String text = Clean.strip(Clean.normaliseSpaces(cell));
    text = withoutWrapper(text);
    List<String> values = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || isSeparator(text.charAt(i))) {
        String value = Clean.strip(text.substring(start, i));
        if (!value.isEmpty()) {
          values.add(value);
        }
        start = i + 1;
      }
    }
    return values;
  }

  /**
   * The values of one cell or JSON string with its rows, when it holds a matrix: nested brackets
   * ({@code [[1, 2], [3, 4]]}, numpy's print over several lines), MATLAB's {@code 1 2; 3 4}, or
   * lines of several numbers each. One value a segment ({@code 5;4;0}, a column) stays a flat list.
   */
  static Written written(String cell) {
    String text = withoutWrapper(Clean.strip(Clean.normaliseSpaces(cell)));
    List<String> values = split(text);
    List<Integer> nested = nestedRows(text);
    if (!nested.isEmpty() && nested.stream().mapToInt(Integer::intValue).sum() == values.size()) {
      return new Written(values, nested);
    }
    // Split only where the separator is there: in the page String.split compiles an expression.
    List<Integer> rows = text.indexOf(';') < 0 ? List.of() : segmentRows(text.split(";", -1));
    if (rows.isEmpty() && (cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0)) {
      // Lines before spaces are normalised: a newline is a space to everything else.
      rows = segmentRows(cell.split("\r?\n|\r", -1));
    }
    boolean adds = rows.stream().mapToInt(Integer::intValue).sum() == values.size();
    return rows.isEmpty() || !adds ? Written.flat(values) : new Written(values, rows);
  }

  /**
   * Row sizes of {@code [[1, 2], [3, 4]]}; empty when there are no inner lists or values outside
   * them.
   */
  private static List<Integer> nestedRows(String text) {
    if (text.indexOf("[") < 0 || text.indexOf('[') == text.lastIndexOf('[')) {
      return List.of();
    }
    List<Integer> rows = new ArrayList<>();
    int depth = 0;
    int inRow = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i == text.length() ? ' ' : text.charAt(i);
      if (i == text.length() || isSeparator(c)) {
        if (!Clean.strip(text.substring(start, i)).isEmpty()) {
          if (depth < 2) {
            return List.of();
          }
          inRow++;
        }
        start = i + 1;
        if (c == '[') {
          depth++;
        } else if (c == ']') {
          if (depth == 2 && inRow > 0) {
            rows.add(inRow);
            inRow = 0;
          }
          depth--;
        }
      }
    }
    return rows.size() > 1 && rows.stream().anyMatch(size -> size > 1) ? rows : List.of();
  }

  /** Row sizes of {@code 1 2; 3 4} (or lines), when every segment holds two values or more. */
  private static List<Integer> segmentRows(String[] segments) {
    if (segments.length < 2) {
      return List.of();
    }
    List<Integer> rows = new ArrayList<>();
    for (String segment : segments) {
      int size = split(segment).size();
      if (size == 1) {
        return List.of();
      }
      if (size > 1) {
        rows.add(size);
      }
    }
    return rows.size() > 1 ? rows : List.of();
  }

  /** One cell of a row that spread a vector over several cells: stray brackets and quotes go. */
  static String cell(String cell, boolean first, boolean last) {
    String text = Clean.strip(cell);
    if (first) {
      text = withoutWrapper(text);
    }
    int start = 0;
    int end = text.length();
    while (first && start < end && isStray(text.charAt(start))) {
      start++;
    }
    while (last && end > start && isStray(text.charAt(end - 1))) {
      end--;
    }
    return Clean.strip(text.substring(start, end));
  }

  /** {@code array(…)} without {@code array}; text without a parenthesis has no wrapper to match. */
  private static String withoutWrapper(String text) {
    return withoutAngles(text.indexOf('(') < 0 ? text : WRAPPER.matcher(text).replaceFirst(""));
  }

  /**
   * {@code <5, 4, 0>}, {@code ⟨5, 4, 0⟩}: a vector in angle brackets, as {@code [5, 4, 0]}; only
   * when numbers and their separators alone stand between them.
   */
  private static String withoutAngles(String text) {
    int last = text.length() - 1;
    if (last < 2
        || !(text.charAt(0) == '<' && text.charAt(last) == '>'
            || text.charAt(0) == '\u27e8' && text.charAt(last) == '\u27e9')) {
      return text;
    }
    for (int i = 1; i < last; i++) {
      char c = text.charAt(i);
      if (!NumberReader.hasDigit(text, i, i + 1) && " ,;.-+/\u2212\t".indexOf(c) < 0) {
        return text;
      }
    }
    return "[" + text.substring(1, last) + "]";
  }

  private static boolean isStray(char c) {
    return STRAY.indexOf(c) >= 0 || Clean.isQuote(c) || Clean.isSpace(c);
  }
}
