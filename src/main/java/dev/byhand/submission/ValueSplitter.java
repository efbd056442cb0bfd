package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a written vector into its values: {@code [5, 4, 0]}, {@code 5 4 0}, numpy's
 * {@code [57.  8. 36.]}, {@code 5;4;0}, {@code array([5., 4., 0.])}. A single word such as
 * {@code 'is'} stays one value, without its quotes.
 */
final class ValueSplitter {
  private static final Pattern WRAPPER =
      Pattern.compile("^(?:np\\.|numpy\\.|torch\\.)?(?:array|tensor)\\s*(?=\\()");
  /** Between values: brackets, commas, semicolons and whitespace (regex {@code \\s}). */
  private static final String SEPARATORS = "[](){},; \t\n\u000B\f\r";
  private static final String STRAY = "[](){}";

  private ValueSplitter() {}

  /** The values written in one cell or JSON string; empty when it holds nothing. */
  static List<String> split(String cell) {
    String text = Clean.strip(Clean.normaliseSpaces(cell));
    text = withoutWrapper(text);
    List<String> values = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || SEPARATORS.indexOf(text.charAt(i)) >= 0) {
        String value = Clean.strip(text.substring(start, i));
        if (!value.isEmpty()) {
          values.add(value);
        }
        start = i + 1;
      }
    }
    return values;
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
    return text.indexOf('(') < 0 ? text : WRAPPER.matcher(text).replaceFirst("");
  }

  private static boolean isStray(char c) {
    return STRAY.indexOf(c) >= 0 || Clean.isQuote(c) || Clean.isSpace(c);
  }
}
