package dev.byhand.lms;

import java.util.List;
import java.util.Set;

/**
 * An import file's content before it is written: the header, then the rows, every cell as text.
 *
 * @param header the column names
 * @param rows each as long as the header
 * @param textColumns the columns of free text (names, sections, feedback), which are neutralised
 *     against spreadsheet formulas; identifiers are copied exactly, or the LMS would match no one
 * @param gradeColumn the column that holds the grade
 * @param existing whether the export already has that column (the LMS updates it), rather than the
 *     LMS creating it
 */
record ImportTable(
    List<String> header,
    List<List<String>> rows,
    Set<Integer> textColumns,
    int gradeColumn,
    boolean existing) {
  ImportTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    textColumns = Set.copyOf(textColumns);
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(
            "a row of " + row.size() + " cells under a header of " + header.size());
      }
    }
  }
}
