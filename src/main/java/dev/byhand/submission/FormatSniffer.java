package dev.byhand.submission;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells an answers file's format from its content (the file name is only a hint): JSON, a Python
 * session, LaTeX, a Markdown table, YAML, key: value text, or CSV.
 */
final class FormatSniffer {
  private static final Pattern TABLE_SEPARATOR =
      Pattern.compile("\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)+\\|?");
  private static final Pattern LATEX =
      Pattern.compile(
          "\\\\documentclass|\\\\begin\\s*\\{document\\}|^[ \\t]*\\\\(?:sub)*section|^[ \\t]*\\\\\\[|^[ \\t]*\\$\\$",
          Pattern.MULTILINE);
  private static final Pattern YAML_PARENT = Pattern.compile("[^\\s:#,;][^:#,;]{0,63}:\\s*");
  private static final Pattern YAML_CHILD =
      Pattern.compile("\\s+(?:-\\s|[^\\s:#,;][^:#,;]{0,63}:(?:\\s|$)).*");
  private static final Pattern KEY_VALUE = Pattern.compile("[^,;\\t\\[\"]{1,64}?\\s*[:=]\\s*\\S.*");

  private FormatSniffer() {}

  static Format of(String text, String fileName) {
    String start = Clean.stripSpaces(text);
    String name = fileName.toLowerCase(Locale.ROOT);
    if (start.startsWith("{")
        || ((name.endsWith(".json") || start.startsWith("[{")) && start.startsWith("["))) {
      return Format.JSON;
    }
    List<String> lines = Clean.lines(start, Limits.MAX_ROWS + 1);
    if (ReplAnswers.looksLikeSession(lines)) {
      return Format.PYTHON;
    }
    if (PythonFileAnswers.looksLikePython(lines, name)) {
      return Format.PYTHON_FILE;
    }
    if (name.endsWith(".tex") || mayBeLatex(text) && LATEX.matcher(text).find()) {
      return Format.LATEX;
    }
    if (lines.stream()
        .anyMatch(line -> TABLE_SEPARATOR.matcher(Clean.stripSpaces(line)).matches())) {
      return Format.MARKDOWN;
    }
    int body = bodyAfterFrontMatter(lines);
    if (name.endsWith(".yaml")
        || name.endsWith(".yml")
        || start.startsWith("---") && body == 0
        || nested(lines.subList(body, lines.size()))) {
      return Format.YAML;
    }
    return keyValue(lines.subList(body, lines.size())) ? Format.TEXT : Format.CSV;
  }

  /**
   * Where the body starts after a front matter ({@code ---}, {@code title: …}, {@code ---}, then
   * text: R Markdown, Jekyll, Pandoc), 0 when the text has none: such a file is its body, not YAML.
   */
  private static int bodyAfterFrontMatter(List<String> lines) {
    if (lines.isEmpty() || !Clean.stripSpaces(lines.get(0)).equals("---")) {
      return 0;
    }
    for (int i = 1; i < lines.size(); i++) {
      String line = Clean.stripSpaces(lines.get(i));
      if (line.equals("---") || line.equals("...")) {
        for (int k = i + 1; k < lines.size(); k++) {
          if (!Clean.isBlank(lines.get(k))) {
            return i + 1;
          }
        }
        return 0;
      }
    }
    return 0;
  }

  /**
   * Whether {@code text} holds a backslash or {@code $$}, as every LaTeX sign {@link #LATEX} looks
   * for does: without one the search (which in the page tries every position) is not needed.
   */
  private static boolean mayBeLatex(String text) {
    return text.indexOf('\\') >= 0 || text.contains("$$");
  }

  /** A key alone on its line, then an indented key or list item: YAML's nesting. */
  private static boolean nested(List<String> lines) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (YAML_PARENT.matcher(lines.get(i)).matches()
          && YAML_CHILD.matcher(lines.get(i + 1)).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Most lines are {@code key: value} or {@code key = value}, with no CSV delimiter before it. */
  private static boolean keyValue(List<String> lines) {
    int content = 0;
    int keyed = 0;
    for (String line : lines) {
      String stripped = Clean.stripSpaces(line);
      if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("//")) {
        continue;
      }
      content++;
      keyed += KEY_VALUE.matcher(stripped).matches() ? 1 : 0;
    }
    return content > 0 && 2 * keyed > content;
  }
}
