package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A LaTeX {@code tabular} as a table: its rows (ended by {@code \\}) split at {@code &} into cells,
 * rules and math dollars dropped, read by {@link CsvTable} as any table is ({@code & after BOS &
 * after the \\} over {@code hidden state & $(5, 4, 0)$ & $(57, 8, 36)$ \\}). Linear in the file.
 */
final class LatexTables {
  private static final Pattern BEGIN = Pattern.compile("\\\\begin\\s*\\{tabular[x*]?\\}");
  private static final Pattern END = Pattern.compile("\\\\end\\s*\\{tabular[x*]?\\}");
  private static final Pattern RULE =
      Pattern.compile("\\\\(?:hline|toprule|midrule|bottomrule|cline\\s*\\{[^}]{0,20}\\})");

  private LatexTables() {}

  /** Reads each {@code tabular} that is a table of this kind and blanks its lines. */
  static void read(List<String> lines, AnswerSink sink, CsvRows rows) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher begin = BEGIN.matcher(lines.get(i));
      if (!begin.find()) {
        continue;
      }
      int end = i;
      Matcher close = END.matcher(lines.get(end));
      while (!close.find(end == i ? begin.end() : 0)) {
        if (++end == lines.size()) {
          return;
        }
        close = END.matcher(lines.get(end));
      }
      List<CsvTable.Row> table = new ArrayList<>();
      StringBuilder row = new StringBuilder();
      int rowLine = -1;
      for (int j = i; j <= end; j++) {
        String text = LatexAnswers.withoutComment(lines.get(j));
        int from = j == i ? afterSpec(text, begin.end()) : 0;
        int to = j == end ? Math.max(from, close.start()) : text.length();
        String part = RULE.matcher(text.substring(from, to)).replaceAll(" ");
        // Offsets, not substrings: a one-line table of many rows stays linear.
        for (int start = 0, cut = part.indexOf("\\\\"); ; cut = part.indexOf("\\\\", start)) {
          String piece = part.substring(start, cut < 0 ? part.length() : cut);
          if (rowLine < 0 && !Clean.isBlank(piece)) {
            rowLine = j + 1;
          }
          row.append(' ').append(piece);
          if (cut < 0) {
            break;
          }
          if (rowLine > 0) {
            table.add(new CsvTable.Row(Location.ofLine(sink.fileName(), rowLine), cells(row)));
          }
          row.setLength(0);
          rowLine = -1;
          start = cut + 2;
        }
      }
      if (rowLine > 0) {
        table.add(new CsvTable.Row(Location.ofLine(sink.fileName(), rowLine), cells(row)));
      }
      if (CsvTable.read(table, sink, rows) > 0) {
        for (int j = i; j <= end; j++) {
          lines.set(j, "");
        }
      }
      i = end;
    }
  }

  /** Where the text after {@code \begin{tabular}} starts: past its position and column spec. */
  private static int afterSpec(String text, int from) {
    int at = from;
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    if (at < text.length() && text.charAt(at) == '[') {
      int close = text.indexOf(']', at);
      at = close < 0 ? at : close + 1;
    }
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    if (at < text.length() && text.charAt(at) == '{') {
      int depth = 0;
      for (; at < text.length(); at++) {
        char c = text.charAt(at);
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        if (depth == 0) {
          return at + 1;
        }
      }
    }
    return at;
  }

  /** A row's cells: split at {@code &} (not {@code \&}), math dollars dropped. */
  private static List<String> cells(CharSequence row) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '&' && (i == 0 || row.charAt(i - 1) != '\\')) {
        cells.add(Clean.strip(cell.toString()));
        cell.setLength(0);
      } else if (c != '$') {
        cell.append(c);
      }
    }
    cells.add(Clean.strip(cell.toString()));
    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }
}
