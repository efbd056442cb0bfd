package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;

/**
 * Strips what students and spreadsheets put around a value without meaning it: whitespace including
 * no-break and thin spaces, zero-width characters, byte order marks, and surrounding quotes.
 */
final class Clean {
  private static final String BIDI_CONTROLS =
      "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
  private static final String QUOTES = "\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e";

  private Clean() {}

  /** True for whitespace, any Unicode space and invisible format characters (BOM, zero-width). */
  static boolean isSpace(char c) {
    if (c > ' ' && c < 0x7F) {
      // Printable ASCII other than the space: most characters of every file, and none of the three.
      return false;
    }
    if (c == ' ') {
      // The next most common; Character.getType is slow in the page (TeaVM's Unicode tables).
      return true;
    }
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT;
  }

  static boolean isQuote(char c) {
    return QUOTES.indexOf(c) >= 0;
  }

  /** {@code text} without surrounding spaces, invisible characters and matching-looking quotes. */
  static String strip(String text) {
    String current = text;
    while (true) {
      String next = stripQuotes(stripSpaces(current));
      if (next.equals(current)) {
        return next;
      }
      current = next;
    }
  }

  /** {@code text} without surrounding spaces and invisible characters (quotes kept). */
  static String stripSpaces(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * {@code text} with East Asian punctuation in its Western form, one character for one: the
   * full-width forms of ASCII ({@code ，：（）［］＝}), the ideographic space, comma and full stop, and
   * lenticular brackets ({@code 【】}). The text itself when it holds none.
   */
  static String westernPunctuation(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '\u3000') {
        continue;
      }
      char western = western(c);
      if (western != c) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = western;
      }
    }
    return chars == null ? text : new String(chars);
  }

  private static char western(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - '\uFF01' + '!');
    }
    return switch (c) {
      case '\u3000' -> ' ';
      case '\u3001' -> ',';
      case '\u3002' -> '.';
      case '\u3010' -> '[';
      case '\u3011' -> ']';
      default -> c;
    };
  }

  /** {@code text} with invisible characters removed and every kind of space turned into ' '. */
  static String normaliseSpaces(String text) {
    if (isPrintableAscii(text)) {
      // No invisible character, and ' ' is the only space: nothing to change.
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (Character.getType(c) == Character.FORMAT) {
        continue;
      }
      out.append(isSpace(c) ? ' ' : c);
    }
    return out.toString();
  }

  private static boolean isPrintableAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < ' ' || text.charAt(i) > '~') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the character at {@code i} is the {@code [} of a terminal escape ({@code ESC[31m},
   * {@code ESC[0m}, {@code ESC[2J}: a colour pasted from a terminal, its ESC perhaps already
   * removed): no bracket that opens a vector.
   */
  static boolean isEscapeBracket(String text, int i) {
    if (text.charAt(i) != '[') {
      return false;
    }
    if (i > 0 && text.charAt(i - 1) == '\u001b') {
      return true;
    }
    int j = i + 1;
    while (j < text.length()
        && j - i < 12
        && (Character.isDigit(text.charAt(j)) || text.charAt(j) == ';')) {
      j++;
    }
    return j < text.length() && "mJKH".indexOf(text.charAt(j)) >= 0;
  }

  /**
   * {@code text} made inert for any reader (a terminal, a report, a gradebook): control characters
   * become their visible symbols ({@code ESC} → {@code ␛}) so that no escape sequence reaches a
   * terminal, and bidirectional controls become {@code �} so that no text is shown reordered.
   */
  static String visible(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char shown = shown(c);
      if (shown != c && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(shown);
      }
    }
    return out == null ? text : out.toString();
  }

  private static char shown(char c) {
    if (c >= 0x20 && c < 0x7F) {
      // Printable ASCII, most of every file: shown as it is, without looking through the rest.
      return c;
    }
    if (c < 0x20) {
      return (char) (0x2400 + c);
    }
    if (c == 0x7F) {
      return '\u2421';
    }
    if ((c >= 0x80 && c < 0xA0) || BIDI_CONTROLS.indexOf(c) >= 0) {
      return '\uFFFD';
    }
    return c;
  }

  static boolean isBlank(String text) {
    return stripSpaces(text).isEmpty();
  }

  private static String stripQuotes(String text) {
    int n = text.length();
    if (n >= 2 && isQuote(text.charAt(0)) && isQuote(text.charAt(n - 1))) {
      return text.substring(1, n - 1);
    }
    return text;
  }

  /**
   * The first {@code limit} lines of {@code text} as {@code String.lines()} gives them (split at
   * \n, \r or \r\n; no empty last line after a final break). By hand: the browser build lacks
   * lines().
   */
  static List<String> lines(String text, int limit) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length() && lines.size() < limit; i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        lines.add(text.substring(start, i));
        i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 1 : 0;
        start = i + 1;
      }
    }
    if (start < text.length() && lines.size() < limit) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
