package dev.byhand.submission;

import java.util.List;

/**
 * Values as read, written back as one line: {@code 5}, {@code [5, 4, 0]}, {@code [[1, 2], [3, 4]]}.
 */
final class ValueText {
  private ValueText() {}

  static String of(List<String> values, List<Integer> rowSizes) {
    if (rowSizes.size() > 1) {
      StringBuilder text = new StringBuilder("[");
      int from = 0;
      for (int size : rowSizes) {
        text.append(from == 0 ? "" : ", ").append(of(values.subList(from, from + size), List.of()));
        from += size;
      }
      return text.append(']').toString();
    }
    return values.size() == 1 ? values.get(0) : "[" + String.join(", ", values) + "]";
  }
}
