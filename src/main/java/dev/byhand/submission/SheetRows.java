package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A worksheet part's cells as CSV lines, row {@code r} on line {@code r} (empty lines for empty
 * rows), cells at their columns, quoted as Excel quotes them. Rows and columns past byhand's limits
 * are left out: an answers sheet is a few rows.
 */
final class SheetRows implements XmlScanner.Handler {
  private final List<String> shared;
  private final StringBuilder csv = new StringBuilder();
  private final List<String> row = new ArrayList<>();
  private final StringBuilder value = new StringBuilder();
  private int rowNumber;
  private int lines;
  private int column;
  private String type = "";
  private boolean inValue;

  SheetRows(List<String> shared) {
    this.shared = shared;
  }

  /** The CSV text, one line per row up to the last one with a cell. */
  String csv() {
    return csv.toString();
  }

  @Override
  public void start(String name, XmlScanner.Tag tag) {
    switch (Workbook.local(name)) {
      case "row" -> {
        rowNumber = tag.attribute("r").flatMap(SheetRows::number).orElse(rowNumber + 1);
        row.clear();
      }
      case "c" -> {
        column = tag.attribute("r").flatMap(SheetRows::column).orElse(row.size());
        type = tag.attribute("t").orElse("");
        value.setLength(0);
      }
      case "v", "t" -> inValue = true;
      default -> {}
    }
  }

  @Override
  public void end(String name) {
    switch (Workbook.local(name)) {
      case "v", "t" -> inValue = false;
      case "c" -> cell();
      case "row" -> row();
      default -> {}
    }
  }

  @Override
  public void text(String text) {
    if (inValue) {
      value.append(text);
    }
  }

  private void cell() {
    if (column >= Limits.MAX_VALUES) {
      return;
    }
    while (row.size() <= column) {
      row.add("");
    }
    row.set(column, shown(value.toString()));
  }

  /** A cell's value as Excel's CSV export writes it (numbers as stored, strings looked up). */
  private String shown(String raw) {
    return switch (type) {
      case "s" -> number(raw).filter(i -> i < shared.size()).map(shared::get).orElse("");
      case "b" -> raw.strip().equals("1") ? "TRUE" : "FALSE";
      default -> raw;
    };
  }

  private void row() {
    // Excel writes rows in order; one out of order or past the limits is left out.
    if (rowNumber <= lines || rowNumber > Limits.MAX_ROWS) {
      return;
    }
    for (int line = lines + 1; line < rowNumber; line++) {
      csv.append('\n');
    }
    List<String> fields = new ArrayList<>();
    for (String cell : row) {
      fields.add(quoted(cell));
    }
    csv.append(String.join(",", fields)).append('\n');
    lines = rowNumber;
  }

  /** A field as Excel quotes it; a line break inside a cell becomes a space, so rows stay lines. */
  private static String quoted(String cell) {
    String oneLine = cell.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    if (oneLine.indexOf(',') < 0 && oneLine.indexOf('"') < 0) {
      return oneLine;
    }
    return '"' + oneLine.replace("\"", "\"\"") + '"';
  }

  private static Optional<Integer> number(String digits) {
    String stripped = digits.strip();
    if (stripped.isEmpty()
        || stripped.length() > 9
        || !stripped.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(stripped));
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** The column (from 0) of a cell reference such as {@code AB12}. */
  private static Optional<Integer> column(String reference) {
    int column = 0;
    int i = 0;
    while (i < reference.length() && i < 4 && isLetter(reference.charAt(i))) {
      column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
      i++;
    }
    return i == 0 ? Optional.empty() : Optional.of(column - 1);
  }
}
