package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the YAML students write: {@code q1.hidden: [5, 4, 0]}, keys nested one level under their
 * question ({@code q1:} then {@code hidden: [5, 4, 0]}) or under a step or the token read, at any
 * depth ({@code after_BOS:} then {@code hidden_state:}), and block lists ({@code - 5}). Anchors,
 * tags and multi-line strings are not answers and are reported as lines byhand could not read.
 */
final class YamlAnswers {
  private static final Pattern KEY = Pattern.compile("([^:#\\[\\]{}]{1,64}?)\\s*:(?:\\s+(.*))?");

  private YamlAnswers() {}

  static void read(String text, AnswerSink sink) {
    List<String> lines = CsvAnswers.checkedLines(text);
    CsvRows rows = new CsvRows(sink, ',');
    List<String> parents = new ArrayList<>();
    List<Integer> indents = new ArrayList<>();
    Pending pending = null;
    for (int i = 0; i < lines.size(); i++) {
      String raw = Decorations.withoutComment(lines.get(i), true);
      String line = Clean.stripSpaces(raw);
      if (line.isEmpty() || line.equals("---") || line.equals("...")) {
        continue;
      }
      if (line.startsWith("- ") || line.equals("-")) {
        if (pending != null) {
          pending.values.add(line.substring(1).strip());
        }
        continue;
      }
      if (pending != null && !pending.flush(rows)) {
        return;
      }
      pending = null;
      int indent = raw.length() - raw.stripLeading().length();
      while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent) {
        indents.remove(indents.size() - 1);
        parents.remove(parents.size() - 1);
      }
      Matcher key = KEY.matcher(line);
      if (!key.matches()) {
        if (!rows.accept(List.of(line), i + 1)) {
          return;
        }
        continue;
      }
      String name = name(parents, key.group(1).strip(), sink);
      String value = key.group(2) == null ? "" : key.group(2).strip();
      if (value.isEmpty()) {
        indents.add(indent);
        parents.add(key.group(1).strip());
      }
      pending = new Pending(name, i + 1);
      if (!value.isEmpty()) {
        pending.values.add(value);
        if (!pending.flush(rows)) {
          return;
        }
        pending = null;
      }
    }
    if (pending != null) {
      pending.flush(rows);
    }
  }

  /**
   * The name a nested key is read by: under its parent as {@code q1.hidden}; else, when that names
   * nothing, with the nearest mapping around it that makes it an item, before or after it ({@code
   * step_1} / {@code hidden}, {@code after_BOS} / {@code hidden_state}).
   */
  private static String name(List<String> parents, String key, AnswerSink sink) {
    if (parents.isEmpty()) {
      return key;
    }
    String dotted = parents.get(parents.size() - 1) + "." + key;
    if (sink.key(dotted) instanceof KeyResolution.Found) {
      return dotted;
    }
    String plain = key.replace('_', ' ');
    for (int i = parents.size() - 1; i >= 0; i--) {
      String parent = parents.get(i).replace('_', ' ');
      for (String named : List.of(parent + " " + plain, plain + " " + parent)) {
        if (sink.key(named) instanceof KeyResolution.Found found && sink.asks(found.key())) {
          return named;
        }
      }
    }
    return dotted;
  }

  /** A key whose values may follow as a block list. */
  private static final class Pending {
    private final String key;
    private final int line;
    private final List<String> values = new ArrayList<>();

    Pending(String key, int line) {
      this.key = key;
      this.line = line;
    }

    /** A key with no value and no list is a question heading (q1:), not an answer. */
    boolean flush(CsvRows rows) {
      if (values.isEmpty()) {
        return true;
      }
      List<String> cells = new ArrayList<>();
      cells.add(key);
      cells.addAll(values);
      return rows.accept(cells, line);
    }
  }
}
