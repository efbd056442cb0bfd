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
    List<String> stepHeader = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = Clean.stripSpaces(lines.get(i));
      if (!line.startsWith("|")) {
        stepHeader = null;
        Headings.question(line.replace("|", " ")).ifPresent(sink::underQuestion);
        continue;
      }
      List<String> cells = cells(line);
      if (cells.isEmpty() || cells.stream().allMatch(c -> SEPARATOR_CELL.matcher(c).matches())) {
        continue;
      }
      if (stepHeader == null && stepColumn(cells) >= 0) {
        stepHeader = cells;
        continue;
      }
      if (stepHeader != null) {
        if (!stepRow(stepHeader, cells, i + 1, rows)) {
          stepHeader = List.of();
        }
        continue;
      }
      Headings.question(line.replace("|", " ")).ifPresent(sink::underQuestion);
      if (!rows.accept(cells, i + 1)) {
        return;
      }
    }
  }

  /**
   * A row of a table by step ({@code | step | hidden state | logits |} over {@code | 1 | [5, 4, 0]
   * | …}): each cell under a quantity's name is that quantity at the row's step. A table whose
   * steps start at 0 (or hold anything but a step number) is not read, as step 0 would be another's
   * step 1. False when the table is not read from here on.
   */
  private static boolean stepRow(List<String> header, List<String> cells, int line, CsvRows rows) {
    int column = stepColumn(header);
    if (header.isEmpty() || cells.size() != header.size()) {
      return false;
    }
    String step = cells.get(column);
    if (!step.matches("[1-9]\\d{0,2}")) {
      return false;
    }
    for (int c = 0; c < cells.size(); c++) {
      if (c != column && KeyWords.isKnown(header.get(c)) && !Clean.isBlank(cells.get(c))) {
        rows.accept(List.of(header.get(c) + " at step " + step, cells.get(c)), line);
      }
    }
    return true;
  }

  /** Where a header names the step ({@code step}, {@code t}, {@code time step}); -1 for none. */
  private static int stepColumn(List<String> header) {
    for (int c = 0; c < header.size(); c++) {
      String name = KeyWords.squash(header.get(c));
      if (name.equals("step") || name.equals("t") || name.equals("timestep")) {
        return c;
      }
    }
    return -1;
  }

  /** The cells of a table row, without the outer pipes; {@code \|} is a pipe inside a cell. */
  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    String inner =
        line.substring(
            1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
    // Split by hand, not on "(?<!\\\\)\\|": the page's regular expressions (TeaVM's) look behind by
    // searching back to the start of the line at every position, quadratic on a long row.
    int start = 0;
    for (int i = 0; i <= inner.length(); i++) {
      if (i == inner.length()
          || (inner.charAt(i) == '|' && (i == 0 || inner.charAt(i - 1) != '\\'))) {
        cells.add(Clean.strip(inner.substring(start, i).replace("\\|", "|")));
        start = i + 1;
      }
    }
    return cells;
  }
}
