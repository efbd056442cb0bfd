package dev.byhand.submission;

import java.util.List;

/**
 * The values of one answer as written, with its rows when it was written as a matrix ({@code
 * rowSizes} empty for a flat list) and its text without LaTeX and comments (what a decorated
 * prediction is read from).
 */
record Written(List<String> values, List<Integer> rowSizes, String text) {
  Written {
    values = List.copyOf(values);
    rowSizes = List.copyOf(rowSizes);
  }

  /** Values with rows; the text is the values, one after another. */
  Written(List<String> values, List<Integer> rowSizes) {
    this(values, rowSizes, String.join(" ", values));
  }

  static Written flat(List<String> values) {
    return new Written(values, List.of());
  }

  Written withText(String text) {
    return new Written(values, rowSizes, text);
  }
}
