package dev.byhand.submission;

import java.util.Arrays;

/** The lines of a file's text, split at \r\n, \r or \n as every reader numbers them. */
final class Lines {
  private Lines() {}

  /** Where each line starts; a final line break leaves an empty last line. Linear in the text. */
  static int[] starts(String text) {
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /** Line {@code index} (from 0) of {@code text}, without its line break. */
  static String line(String text, int[] starts, int index) {
    int end = index + 1 < starts.length ? starts[index + 1] : text.length();
    while (end > starts[index] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(starts[index], end);
  }
}
