package dev.byhand.lms;

import java.util.List;

/**
 * An import file's content before it is written: the header, then the rows, every cell as text.
 *
 * @param header the column names
 * @param rows each as long as the header
 */
record ImportTable(List<String> header, List<List<String>> rows) {
  ImportTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(
            "a row of " + row.size() + " cells under a header of " + header.size());
      }
    }
  }
}
