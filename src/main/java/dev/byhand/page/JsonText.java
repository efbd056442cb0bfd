package dev.byhand.page;

import java.util.List;

/**
 * Writes the little JSON the page exchanges with its script: string literals and lists of them. By
 * hand, because Gson's writer pulls its reflective type adapters into the browser build.
 */
final class JsonText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonText() {}

  /**
   * A JSON string literal; control characters and the line separators JavaScript dislikes escaped.
   */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            quoted
                .append("\\u")
                .append(HEX[c >> 12])
                .append(HEX[(c >> 8) & 15])
                .append(HEX[(c >> 4) & 15])
                .append(HEX[c & 15]);
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  /** A JSON list of strings. */
  static String list(List<String> texts) {
    StringBuilder list = new StringBuilder("[");
    for (int i = 0; i < texts.size(); i++) {
      list.append(i == 0 ? "" : ",").append(quote(texts.get(i)));
    }
    return list.append(']').toString();
  }
}
