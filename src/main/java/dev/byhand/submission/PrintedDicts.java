package dev.byhand.submission;

import java.util.List;

/**
 * A dict printed on one line ({@code {'q1': {'hidden': array([5, 4, 0]), 'prediction': 'the'},
 * 'q3': {…}}}, as {@code print(answers)} shows one in a notebook or a session): each value is read
 * as a row naming it by its keys joined with a dot ({@code q1.hidden}), on the dict's line. A line
 * that is not one dict, or whose keys are not quoted, is left as it is. Linear in the line.
 */
final class PrintedDicts {
  /** How deep dicts nest before the rest is left unread. */
  private static final int MAX_DEPTH = 4;

  private PrintedDicts() {}

  /** Reads every line that is one printed dict, and blanks it. */
  static void read(List<String> lines, CsvRows rows) {
    for (int i = 0; i < lines.size(); i++) {
      String line = Clean.strip(lines.get(i));
      if (line.length() > 2
          && line.charAt(0) == '{'
          && PythonSyntax.closing(line, 0) == line.length() - 1
          && hasQuotedKey(line)) {
        lines.set(i, "");
        if (!dict(line, "", i + 1, rows, 0)) {
          return;
        }
      }
    }
  }

  private static boolean hasQuotedKey(String dict) {
    for (int[] entry : PythonSyntax.entries(dict, 1, dict.length() - 1)) {
      if (isQuoted(dict.substring(entry[0], entry[1]).strip())) {
        return true;
      }
    }
    return false;
  }

  /** Reads the entries of {@code dict}, keys after {@code prefix}; false when reading must stop. */
  private static boolean dict(String dict, String prefix, int line, CsvRows rows, int depth) {
    int close = PythonSyntax.closing(dict, 0);
    for (int[] entry : PythonSyntax.entries(dict, 1, close < 0 ? dict.length() : close)) {
      String key = dict.substring(entry[0], entry[1]).strip();
      String value = dict.substring(entry[1] + 1, entry[2]).strip();
      if (!isQuoted(key)) {
        continue;
      }
      String name = prefix + key.substring(1, key.length() - 1);
      boolean going =
          value.startsWith("{")
              ? depth < MAX_DEPTH && dict(value, name + ".", line, rows, depth + 1)
              : rows.accept(List.of(name, unquoted(value)), line);
      if (!going) {
        return false;
      }
    }
    return true;
  }

  private static boolean isQuoted(String text) {
    return text.length() >= 2
        && (text.charAt(0) == '\'' || text.charAt(0) == '"')
        && text.charAt(text.length() - 1) == text.charAt(0);
  }

  /** {@code 'the'}: a word in quotes is the word. */
  private static String unquoted(String value) {
    return isQuoted(value) ? value.substring(1, value.length() - 1) : value;
  }
}
