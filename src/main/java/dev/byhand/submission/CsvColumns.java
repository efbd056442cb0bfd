package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;

/**
 * A spreadsheet laid out with one column per item: a first row of answer keys ({@code
 * q1.hidden,q1.logits,q2.prediction}) and each answer going down its column under its key. Each
 * column is read as one answer, placed on the header's line. Linear in the file.
 */
final class CsvColumns {
  private CsvColumns() {}

  /**
   * Reads the columns when the file's first row is two or more different keys of the assignment and
   * the row under it is no key; blanks the lines read. Returns false when reading must stop.
   */
  static boolean read(List<String> lines, char delimiter, AnswerSink sink, CsvRows rows) {
    int header = 0;
    while (header < lines.size() && Clean.isBlank(lines.get(header))) {
      header++;
    }
    if (header + 1 >= lines.size() || lines.get(header).indexOf('"') >= 0) {
      return true;
    }
    List<String> keys = cells(lines.get(header), delimiter);
    if (keys.size() < 2
        || !allKeys(keys, sink)
        || isKey(cells(lines.get(header + 1), delimiter), sink)) {
      return true;
    }
    List<List<String>> columns = new ArrayList<>();
    for (String key : keys) {
      columns.add(new ArrayList<>(List.of(key)));
    }
    int end = header + 1;
    for (; end < lines.size() && !Clean.isBlank(lines.get(end)); end++) {
      List<String> row = cells(lines.get(end), delimiter);
      if (row.size() > keys.size() || lines.get(end).indexOf('"') >= 0) {
        break;
      }
      for (int c = 0; c < row.size(); c++) {
        if (!row.get(c).isEmpty()) {
          columns.get(c).add(row.get(c));
        }
      }
    }
    for (int i = header; i < end; i++) {
      lines.set(i, "");
    }
    for (List<String> column : columns) {
      if (!rows.accept(column, header + 1)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isKey(List<String> cells, AnswerSink sink) {
    return !cells.isEmpty() && sink.key(cells.get(0)) instanceof KeyResolution.Found;
  }

  private static boolean allKeys(List<String> cells, AnswerSink sink) {
    List<AnswerKey> seen = new ArrayList<>();
    for (String cell : cells) {
      if (!(sink.key(cell) instanceof KeyResolution.Found found)
          || !sink.asks(found.key())
          || found.key().isQuestionOnly()
          || seen.contains(found.key())) {
        return false;
      }
      seen.add(found.key());
    }
    return true;
  }

  private static List<String> cells(String line, char delimiter) {
    List<String> cells = new ArrayList<>();
    int from = 0;
    for (int at = line.indexOf(delimiter); at >= 0; at = line.indexOf(delimiter, from)) {
      cells.add(Clean.stripSpaces(line.substring(from, at)));
      from = at + 1;
    }
    cells.add(Clean.stripSpaces(line.substring(from)));
    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }
}
