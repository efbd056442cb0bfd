package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the answers in a Markdown table: a table whose header says what its columns hold ({@code |
 * step | hidden state |}, {@code | quantity | after BOS | after "the" |}) as {@link CsvTable} reads
 * any table, else one answer a row ({@code | q1.hidden | [5, 4, 0] |}) as a CSV row; the rest of
 * the file is prose. A heading such as {@code ## Question 2} says which question the rows under it
 * answer.
 */
final class MarkdownAnswers {
  private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-{2,}:?");

  private MarkdownAnswers() {}

  static void read(String text, AnswerSink sink) {
    List<String> lines = CsvAnswers.checkedLines(text);
    CsvRows rows = new CsvRows(sink, ',', true);
    boolean inTable = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = Clean.stripSpaces(lines.get(i));
      if (!line.startsWith("|")) {
        inTable = false;
        Headings.question(line.replace("|", " ")).ifPresent(sink::underQuestion);
        continue;
      }
      if (!inTable) {
        inTable = true;
        int after = table(lines, i, sink, rows);
        if (after > i) {
          i = after - 1;
          continue;
        }
      }
      List<String> cells = cells(line);
      if (cells.isEmpty() || isSeparator(cells)) {
        continue;
      }
      Headings.question(line.replace("|", " ")).ifPresent(sink::underQuestion);
      if (!rows.accept(cells, i + 1)) {
        return;
      }
    }
  }

  /**
   * Reads the table starting at line index {@code first} as a table whose header says what its
   * columns hold ({@link CsvTable}: a step per row or per column, rows named in words); returns the
   * index of the first line after the rows it read, {@code first} when it is no such table.
   */
  private static int table(List<String> lines, int first, AnswerSink sink, CsvRows rows) {
    List<CsvTable.Row> table = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = first; i < lines.size(); i++) {
      String line = Clean.stripSpaces(lines.get(i));
      if (!line.startsWith("|")) {
        break;
      }
      List<String> cells = cells(line);
      if (!cells.isEmpty() && !isSeparator(cells)) {
        table.add(new CsvTable.Row(Location.ofLine(sink.fileName(), i + 1), cells));
        at.add(i);
      }
    }
    if (!table.isEmpty()) {
      // "### Logits" above "| | BOS | the | … |": the vocabulary's columns are the logits' entries.
      CsvTable.Row header = table.get(0);
      String caption = TextTables.caption(lines, first);
      table.set(
          0,
          new CsvTable.Row(header.location(), TextTables.captioned(header.cells(), caption, sink)));
    }
    int read = CsvTable.read(table, sink, rows);
    return read == 0 ? first : at.get(read - 1) + 1;
  }

  private static boolean isSeparator(List<String> cells) {
    return cells.stream().allMatch(c -> SEPARATOR_CELL.matcher(c).matches());
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
