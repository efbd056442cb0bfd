package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tables a write-up draws with pipes: Markdown's ({@code | q1.hidden | [5, 4, 0] |} under
 * {@code |---|---|}), ASCII art's ({@code | h1 | 5 | 4 | 0 | | |} between {@code +---+} rules) and
 * box drawing's ({@code │ h1 │ 5, 4, 0 │} between {@code ├───┼───┤}). A table whose header says
 * what its columns hold ({@code | step | hidden state |}, {@code | quantity | after BOS |}) is read
 * as {@link CsvTable} reads any table, else one answer a row as a CSV row; empty cells that pad a
 * row are no entries. A question heading above or inside a table ({@code ## Question 2}) says which
 * question its rows answer. The lines read are blanked, so the rest of the text reader reads the
 * rest of the file; a step of {@link CsvAnswers}, one reader for every text.
 */
final class PipeTables {
  private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-{2,}:?");

  /** The characters a rule between rows is drawn with: ASCII art's and box drawing's. */
  private static final String RULE = "+-=|:\u2500\u2501\u2550";

  private PipeTables() {}

  /**
   * A forum's BBCode tag ({@code [b]}, {@code [/i]}, {@code [td]}, {@code [color=red]}): a table's
   * cell starts at {@code [td]} and its row ends at {@code [/tr]}; the others show nothing.
   */
  private static final Pattern BB_CODE =
      Pattern.compile(
          "\\[(/?)(b|i|u|s|code|quote|table|tr|td|th|color|size|font|url|list|spoiler|center)"
              + "(?:=[^\\]]{0,60})?\\]",
          Pattern.CASE_INSENSITIVE);

  /** Reads every pipe table in {@code lines} and blanks its lines. */
  static void read(List<String> lines, AnswerSink sink) {
    withoutBbCode(lines);
    CsvRows rows = new CsvRows(sink, ',', true);
    boolean inTable = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = framed(lines.get(i));
      if (line.isEmpty()) {
        inTable = false;
        Headings.question(lines.get(i)).ifPresent(sink::underQuestion);
        continue;
      }
      if (isRule(line)) {
        lines.set(i, "");
        continue;
      }
      if (!inTable) {
        inTable = true;
        int after = table(lines, i, sink, rows);
        if (after > i) {
          for (int r = i; r < after; r++) {
            lines.set(r, "");
          }
          i = after - 1;
          continue;
        }
      }
      List<String> cells = withoutPadding(cells(line));
      lines.set(i, "");
      if (cells.isEmpty() || isSeparator(cells)) {
        continue;
      }
      Headings.question(line.replace("|", " ")).ifPresent(sink::underQuestion);
      if (!rows.accept(cells, i + 1)) {
        break;
      }
    }
    // The rest of the file is read from its first line again, under no heading yet.
    sink.underQuestion(null);
  }

  /**
   * Reads a forum post's BBCode in place ({@code [tr][td]h1[/td][td]5, 4, 0[/td][/tr]} is {@code |
   * h1 | 5, 4, 0 |}) when the text closes such a tag somewhere; line numbers stay.
   */
  private static void withoutBbCode(List<String> lines) {
    boolean closes = false;
    for (int i = 0; i < lines.size() && !closes; i++) {
      closes = lines.get(i).contains("[/");
    }
    if (!closes) {
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.indexOf('[') < 0) {
        continue;
      }
      Matcher tag = BB_CODE.matcher(line);
      StringBuilder out = new StringBuilder(line.length());
      int copied = 0;
      while (tag.find()) {
        String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
        boolean closing = !tag.group(1).isEmpty();
        String shown =
            (name.equals("td") || name.equals("th")) && !closing
                ? "| "
                : name.equals("tr") && closing ? " |" : "";
        out.append(line, copied, tag.start()).append(shown);
        copied = tag.end();
      }
      if (copied > 0) {
        lines.set(i, out.append(line, copied, line.length()).toString());
      }
    }
  }

  /**
   * {@code line} as a pipe table's row, its box-drawing bars made pipes, when it starts with a bar
   * and holds another; "" for any other line.
   */
  private static String framed(String raw) {
    String line = Clean.stripSpaces(raw);
    if (line.isEmpty() || !isBar(line.charAt(0))) {
      return isRule(line) ? line : "";
    }
    StringBuilder out = new StringBuilder(line.length());
    int bars = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      bars += isBar(c) ? 1 : 0;
      out.append(isBar(c) ? '|' : c);
    }
    // A norm (|h1| = 9) starts with a bar too: a row ends with one or has three.
    return bars > 2 || bars == 2 && isBar(line.charAt(line.length() - 1)) ? out.toString() : "";
  }

  private static boolean isBar(char c) {
    return c == '|' || c == '\u2502' || c == '\u2503' || c == '\u2551';
  }

  /**
   * Whether {@code line} is a rule drawn between rows ({@code +----+----+}, {@code ├───┼───┤},
   * {@code ╚═══╝}): only rule characters and box-drawing corners, with at least three dashes and a
   * corner or bar (a line of dashes alone may underline an aligned table's header).
   */
  private static boolean isRule(String line) {
    int dashes = 0;
    boolean corner = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean box = c >= '\u2500' && c <= '\u257f';
      if (!(box || RULE.indexOf(c) >= 0 || c == ' ')) {
        return false;
      }
      boolean dash = c == '-' || c == '=' || c == '\u2500' || c == '\u2501' || c == '\u2550';
      dashes += dash ? 1 : 0;
      corner |= !dash && c != ' ' && c != ':';
    }
    return dashes >= 3 && corner;
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
      String line = framed(lines.get(i));
      if (line.isEmpty()) {
        break;
      }
      if (isRule(line)) {
        continue;
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

  /** {@code cells} without the empty cells that pad a drawn row to its table's width. */
  private static List<String> withoutPadding(List<String> cells) {
    int end = cells.size();
    while (end > 0 && cells.get(end - 1).isEmpty()) {
      end--;
    }
    return end == cells.size() ? cells : cells.subList(0, end);
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
