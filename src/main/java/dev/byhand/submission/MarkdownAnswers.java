package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the answers in a Markdown table ({@code | q1.hidden | [5, 4, 0] |}), one answer a row, as a
 * CSV row; the rest of the file is prose. A heading such as {@code ## Question 2} says which
 * question the rows under it answer.
 */
final class MarkdownAnswers {
  private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-{2,}:?");

  private MarkdownAnswers() {}

  static void read(String text, AnswerSink sink) {
    List<String> lines = CsvAnswers.checkedLines(text);
    CsvRows rows = new CsvRows(sink, ',', true);
    for (int i = 0; i < lines.size(); i++) {
      String line = Clean.stripSpaces(lines.get(i));
      Headings.question(line.replace("|", " ")).ifPresent(sink::underQuestion);
      if (!line.startsWith("|")) {
        continue;
      }
      List<String> cells = cells(line);
      if (!cells.isEmpty()
          && !cells.stream().allMatch(c -> SEPARATOR_CELL.matcher(c).matches())
          && !rows.accept(cells, i + 1)) {
        return;
      }
    }
  }

  /** The cells of a table row, without the outer pipes; {@code \|} is a pipe inside a cell. */
  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    String inner =
        line.substring(
            1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
    for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
      cells.add(Clean.strip(cell.replace("\\|", "|")));
    }
    return cells;
  }
}
