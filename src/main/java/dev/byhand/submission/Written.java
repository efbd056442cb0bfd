package dev.byhand.submission;

import java.util.List;

/**
 * The values of one answer as written, with its rows when it was written as a matrix
 * ({@code rowSizes} empty for a flat list).
 */
record Written(List<String> values, List<Integer> rowSizes) {
  Written {
    values = List.copyOf(values);
    rowSizes = List.copyOf(rowSizes);
  }

  static Written flat(List<String> values) {
    return new Written(values, List.of());
  }
}
