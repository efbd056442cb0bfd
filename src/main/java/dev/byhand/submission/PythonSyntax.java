package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of Python's lexical rules to find statements and dict entries in a file of answers:
 * strings (quoted, triple-quoted, with escapes), comments and bracket depth. Every method is one
 * pass, linear in its input.
 */
final class PythonSyntax {
  private PythonSyntax() {}

  /**
   * The end (the newline, or the text's end) of the logical line starting at {@code from}: lines
   * continue while a bracket is open or after a backslash.
   */
  static int statementEnd(String text, int from) {
    int depth = 0;
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        i = stringEnd(text, i);
        continue;
      }
      if (c == '#') {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      if (c == '\n' && depth <= 0 && (i == from || text.charAt(i - 1) != '\\')) {
        return i;
      }
      depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
      i++;
    }
    return text.length();
  }

  /** {@code code} with each comment blanked by spaces, so offsets in it stay those of the file. */
  static String withoutComments(String code) {
    StringBuilder out = new StringBuilder(code);
    int i = 0;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        i = stringEnd(code, i);
      } else if (c == '#') {
        while (i < code.length() && code.charAt(i) != '\n') {
          out.setCharAt(i++, ' ');
        }
      } else {
        i++;
      }
    }
    return out.toString();
  }

  /** The index of the bracket closing the one at {@code open}, or -1 when it is never closed. */
  static int closing(String code, int open) {
    int depth = 0;
    int i = open;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        i = stringEnd(code, i);
        continue;
      }
      depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
      if (depth == 0) {
        return i;
      }
      i++;
    }
    return -1;
  }

  /**
   * The {@code key: value} entries of a dict's inside, {@code code[from, to)}: for each, the start
   * of the entry, its top-level colon and its end. Entries without a colon are left out.
   */
  static List<int[]> entries(String code, int from, int to) {
    List<int[]> entries = new ArrayList<>();
    int depth = 0;
    int start = from;
    int colon = -1;
    int i = from;
    while (i <= to) {
      char c = i < to ? code.charAt(i) : ',';
      if (i < to && (c == '"' || c == '\'')) {
        i = Math.min(stringEnd(code, i), to);
        continue;
      }
      if (depth == 0 && c == ':' && colon < 0) {
        colon = i;
      } else if (depth == 0 && c == ',') {
        if (colon > start) {
          entries.add(new int[] {start, colon, i});
        }
        start = i + 1;
        colon = -1;
      }
      depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
      i++;
    }
    return entries;
  }

  /** The index just after the string literal opening at {@code quote}. */
  static int stringEnd(String code, int quote) {
    char q = code.charAt(quote);
    boolean triple = code.startsWith(String.valueOf(q).repeat(3), quote);
    int i = quote + (triple ? 3 : 1);
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (triple ? code.startsWith(String.valueOf(q).repeat(3), i) : c == q) {
        return i + (triple ? 3 : 1);
      } else if (!triple && c == '\n') {
        return i;
      } else {
        i++;
      }
    }
    return code.length();
  }
}
