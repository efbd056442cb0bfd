package dev.byhand.submission;

/**
 * Blanks what hand-typed JSON has and JSON forbids, keeping every other character where it was (so
 * Gson's line and column still point into the student's file): {@code //} and {@code /* *}{@code /}
 * comments, and a comma before a closing {@code ]} or {@code }}. Strings are left alone. Linear.
 */
final class JsonLenience {
  private JsonLenience() {}

  static String clean(String text) {
    char[] out = text.toCharArray();
    boolean inString = false;
    int lastComma = -1;
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      if (c == '"') {
        inString = true;
        lastComma = -1;
      } else if (c == '/' && i + 1 < out.length && out[i + 1] == '/') {
        i = blank(out, i, lineEnd(out, i)) - 1;
      } else if (c == '/' && i + 1 < out.length && out[i + 1] == '*') {
        i = blank(out, i, commentEnd(out, i)) - 1;
      } else if (c == ',') {
        lastComma = i;
      } else if ((c == ']' || c == '}') && lastComma >= 0) {
        out[lastComma] = ' ';
        lastComma = -1;
      } else if (!Character.isWhitespace(c)) {
        lastComma = -1;
      }
    }
    return new String(out);
  }

  private static int lineEnd(char[] text, int from) {
    int i = from;
    while (i < text.length && text[i] != '\n' && text[i] != '\r') {
      i++;
    }
    return i;
  }

  /** Just past the closing star-slash, or the end when it is never closed (Gson then says so). */
  private static int commentEnd(char[] text, int from) {
    for (int i = from + 2; i + 1 < text.length; i++) {
      if (text[i] == '*' && text[i + 1] == '/') {
        return i + 2;
      }
    }
    return from;
  }

  /** Blanks {@code [from, to)} except line breaks; returns {@code to}. */
  private static int blank(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text[i] != '\n' && text[i] != '\r') {
        text[i] = ' ';
      }
    }
    return Math.max(to, from + 1);
  }
}
