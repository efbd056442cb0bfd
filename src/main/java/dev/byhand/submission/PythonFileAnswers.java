package dev.byhand.submission;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Python file ({@code answers.py}): a dict of values ({@code answers = {"q1.hidden": [5, 4,
 * 0], "q2": {"prediction": "BOS"}}}, nested dicts joined with a dot) and names assigned values
 * ({@code h1 = np.array([5, 4, 0])}, {@code pred1 = "BOS"}). Code that computes is not an answer:
 * byhand runs nothing, so an item assigned a computation is refused with a sentence asking for the
 * value itself; other code (imports, functions, prints) is skipped.
 */
final class PythonFileAnswers {
  private static final Pattern IMPORT =
      Pattern.compile("(?:import\\s+[A-Za-z_]|from\\s+[\\w.]+\\s+import\\s).*");
  private static final Pattern DICT_ASSIGNMENT = Pattern.compile("[A-Za-z_]\\w*\\s*=\\s*\\{.*");
  private static final Pattern ASSIGNMENT =
      Pattern.compile(
          "([A-Za-z_][\\w.]{0,40})(?:\\s*\\[\\s*(\"[^\"]{1,40}\"|'[^']{1,40}')\\s*\\])?"
              + "\\s*(?::\\s*[\\w.\\[\\], ]{1,40})?=(?!=)\\s*(.+)",
          Pattern.DOTALL);

  /** The start of a statement that is code, never an answer. */
  private static final Pattern CODE =
      Pattern.compile(
          "(?:import|from|def|class|return|print|if|elif|else|for|while|with|try|except|finally"
              + "|raise|assert|pass|global|del|lambda|async|await|yield)\\b|@|[A-Za-z_][\\w.]*\\s*\\(");

  private static final Pattern WORD = Pattern.compile("[A-Za-z]{1,40}");

  private final String text;
  private final AnswerSink sink;
  private final CsvRows rows;
  private final int[] lineStarts;

  private PythonFileAnswers(String text, AnswerSink sink) {
    this.text = text;
    this.sink = sink;
    this.rows = new CsvRows(sink, ',', true);
    this.lineStarts = lineStarts(text);
  }

  /** Whether the file is Python source: named {@code .py}, or importing, or assigning a dict. */
  static boolean looksLikePython(List<String> lines, String fileName) {
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".py")) {
      return true;
    }
    return lines.stream()
        .anyMatch(
            line -> IMPORT.matcher(line).matches() || DICT_ASSIGNMENT.matcher(line).matches());
  }

  static void read(String text, AnswerSink sink) {
    new PythonFileAnswers(text, sink).statements();
  }

  /** Each top-level statement (its lines joined while brackets are open), in order. */
  private void statements() {
    int pos = 0;
    int statements = 0;
    while (pos < text.length()) {
      int end = PythonSyntax.statementEnd(text, pos);
      boolean indented = text.charAt(pos) == ' ' || text.charAt(pos) == '\t';
      String code = PythonSyntax.withoutComments(text.substring(pos, end));
      String statement = code.strip();
      int offset = pos + leading(code);
      if (!statement.isEmpty()) {
        if (++statements > Limits.MAX_ROWS || !indented && !statement(statement, offset)) {
          return;
        }
      }
      pos = end + 1;
    }
  }

  private static int leading(String code) {
    return code.length() - code.stripLeading().length();
  }

  /** Reads one statement starting at {@code offset}; false when reading must stop. */
  private boolean statement(String statement, int offset) {
    if (statement.startsWith("{")) {
      return dict(statement, "", offset);
    }
    Matcher assigned = ASSIGNMENT.matcher(statement);
    if (!assigned.matches()) {
      // A line that is no Python (Q1 hidden: [5, 4, 0]) is read as a text file's line would be.
      return CODE.matcher(statement).lookingAt()
          || statement.indexOf('\n') >= 0
          || rows.accept(List.of(statement), lineOf(offset));
    }
    String name = assigned.group(2) != null ? unquote(assigned.group(2)) : assigned.group(1);
    String value = assigned.group(3).strip();
    if (value.startsWith("{") && assigned.group(2) == null) {
      return dict(value, "", offset + statement.indexOf(value));
    }
    return value(name, value, offset);
  }

  /**
   * The entries of dict literal {@code dict} (at {@code offset}), keys prefixed by {@code prefix}.
   */
  private boolean dict(String dict, String prefix, int offset) {
    int close = PythonSyntax.closing(dict, 0);
    for (int[] entry : PythonSyntax.entries(dict, 1, close < 0 ? dict.length() : close)) {
      String key = dict.substring(entry[0], entry[1]).strip();
      String value = dict.substring(entry[1] + 1, entry[2]).strip();
      if (!(key.startsWith("\"") || key.startsWith("'")) || key.length() < 2) {
        continue;
      }
      String name = prefix + unquote(key);
      int at = offset + entry[0] + leading(dict.substring(entry[0], entry[1]));
      boolean going =
          value.startsWith("{")
              ? dict(value, name + ".", offset + dict.indexOf(value, entry[1]))
              : value(name, value, at);
      if (!going) {
        return false;
      }
    }
    return true;
  }

  /** A name given a value: a literal is an answer, a computation of an asked item is refused. */
  private boolean value(String name, String value, int offset) {
    int line = lineOf(offset);
    // A bare word (prediction = BOS) is how people write a word, though Python reads a name.
    if (ReplAnswers.isLiteral(value) || WORD.matcher(value).matches()) {
      return rows.accept(List.of(name, value.replace('\n', ' ')), line);
    }
    KeyResolution key = sink.key(name);
    if (key instanceof KeyResolution.Found found && sink.asks(found.key())) {
      String code = value.length() > 60 ? value.substring(0, 59) + "…" : value;
      sink.refuse(
          found.key(),
          name,
          Location.ofLine(sink.fileName(), line),
          name
              + " is computed by code here ("
              + Clean.visible(code.replace('\n', ' '))
              + "), not written as a value, and byhand runs no code; write the value it has"
              + " instead: numbers in brackets, or a word in quotes");
    }
    return true;
  }

  private static String unquote(String quoted) {
    return quoted.strip().substring(1, quoted.strip().length() - 1);
  }

  private int lineOf(int offset) {
    int low = 0;
    int high = lineStarts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low + 1;
  }

  private static int[] lineStarts(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      count += text.charAt(i) == '\n' ? 1 : 0;
    }
    int[] starts = new int[count];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[line++] = i + 1;
      }
    }
    return starts;
  }
}
