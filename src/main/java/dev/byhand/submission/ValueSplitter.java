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
  private static final Pattern BRACKETS = Pattern.compile("[\\[\\](){}]");
  private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
  private static final String STRAY = "[](){}";

  private ValueSplitter() {}

  /** The values written in one cell or JSON string; empty when it holds nothing. */
  static List<String> split(String cell) {
    String text = Clean.strip(Clean.normaliseSpaces(cell));
    text = WRAPPER.matcher(text).replaceFirst("");
    text = BRACKETS.matcher(text).replaceAll(" ");
    List<String> values = new ArrayList<>();
    for (String part : SEPARATORS.split(text)) {
      String value = Clean.strip(part);
      if (!value.isEmpty()) {
        values.add(value);
      }
    }
    return values;
  }

  /** One cell of a row that spread a vector over several cells: stray brackets and quotes go. */
  static String cell(String cell, boolean first, boolean last) {
    String text = Clean.strip(cell);
    if (first) {
      text = WRAPPER.matcher(text).replaceFirst("");
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

  private static boolean isStray(char c) {
    return STRAY.indexOf(c) >= 0 || Clean.isQuote(c) || Clean.isSpace(c);
  }
}
