package dev.byhand.lms;

import dev.byhand.exact.Rational;
import dev.byhand.lms.GradebookExport.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One LMS's gradebook import file: which columns identify a student, and what the file holds. */
interface ImportFormat {
  /**
   * The columns of the export that identify a student, by kind.
   *
   * @throws LmsException when the export has none of them, naming the columns looked for
   */
  IdentifierColumns identifiers(GradebookExport export);

  /** The export's rows that are students (not a points-possible or posting row): every row. */
  default List<Row> students(GradebookExport export) {
    return export.rows();
  }

  /**
   * The import file.
   *
   * @param grades each roster row's grade, or empty for a student with no submission
   * @param assignment the assignment's name in the LMS
   * @param maxPoints the points possible
   */
  ImportTable table(GradebookExport export, Grades grades, String assignment, Rational maxPoints);

  /** Each roster row's grade, when the row has a graded submission. */
  interface Grades {
    Optional<Grade> of(Row row);
  }

  /**
   * The columns named as in {@code names} (any case) that the export has, in the export's order.
   */
  static List<Integer> present(GradebookExport export, List<String> names) {
    List<Integer> columns = new ArrayList<>();
    for (int i = 0; i < export.header().size(); i++) {
      String column = export.header().get(i);
      if (names.stream().anyMatch(column::equalsIgnoreCase)) {
        columns.add(i);
      }
    }
    return columns;
  }

  /**
   * {@code columns}, when the export has any; the message lists what was looked for when it has
   * none.
   */
  static IdentifierColumns required(
      GradebookExport export, String lms, IdentifierColumns columns, List<String> names) {
    if (columns.isEmpty()) {
      List<String> header = export.header();
      throw new LmsException(
          export.file()
              + ": no column "
              + String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList())
              + " in the header ("
              + String.join(", ", header.subList(0, Math.min(8, header.size())))
              + (header.size() > 8 ? ", …" : "")
              + "); pass the gradebook exported from "
              + lms
              + " itself, whose columns identify each student");
    }
    return columns;
  }

  /**
   * Whether an export's column is the assignment's: the same name, whatever the case and the spaces
   * ({@code --assignment "rnn by hand"} finds {@code RNN by hand}).
   */
  static boolean sameName(String column, String assignment) {
    return squeeze(column).equals(squeeze(assignment));
  }

  private static String squeeze(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
