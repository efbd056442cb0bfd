package dev.byhand.lms;

import dev.byhand.exact.Rational;
import dev.byhand.lms.GradebookExport.Row;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canvas: the export's student columns ({@code Student, ID, SIS User ID, SIS Login ID, Section}),
 * then one column for the assignment, {@code NAME (id)} when the export has it (Canvas matches the
 * id), else {@code NAME} (Canvas creates the assignment, its points from the {@code Points
 * Possible} row). Canvas matches students by ID, SIS User ID or SIS Login ID, so those columns are
 * copied as exported.
 */
final class CanvasImport implements ImportFormat {
  /** The columns Canvas reads before the assignments, in its order; those exported are kept. */
  private static final List<String> STUDENT_COLUMNS =
      List.of(
          "Student",
          "ID",
          "SIS User ID",
          "SIS Login ID",
          "Integration ID",
          "Root Account",
          "Section");

  /** Columns of people's words, not identifiers. */
  private static final List<String> TEXT_COLUMNS = List.of("Student", "Section", "Root Account");

  /** Canvas's own first cell of the points row: four spaces, then the words. */
  static final String POINTS_POSSIBLE = "    Points Possible";

  /** Rows Canvas writes under the header that are not students: points, posting policy. */
  private static final Pattern NOT_A_STUDENT =
      Pattern.compile("\\s*(Points Possible|Muted|Manual Posting.*)\\s*", Pattern.CASE_INSENSITIVE);

  private static final Pattern WITH_ID = Pattern.compile("\\A(.*)\\s\\((\\d+)\\)\\z");

  @Override
  public IdentifierColumns identifiers(GradebookExport export) {
    if (export.column("Student").isEmpty() || export.column("ID").isEmpty()) {
      throw new LmsException(
          export.file()
              + ": not a Canvas gradebook export (its header has no \"Student\" and \"ID\""
              + " columns); download it from Canvas: Grades > Export > Export Entire Gradebook");
    }
    // Canvas's own ID is no student number: a TA's file may be named by it, a Gradescope SID
    // never means it.
    return IdentifierColumns.of(
        export,
        List.of("Email", "Email address"),
        List.of("SIS Login ID", "ID"),
        List.of("SIS User ID", "Integration ID"));
  }

  @Override
  public List<Row> students(GradebookExport export) {
    int student = export.column("Student").orElse(0);
    int id = export.column("ID").orElse(0);
    List<Row> rows = new ArrayList<>();
    for (Row row : export.rows()) {
      boolean special =
          NOT_A_STUDENT.matcher(row.cells().get(student)).matches()
              || row.cells().get(id).isBlank();
      if (!special) {
        rows.add(row);
      }
    }
    return rows;
  }

  @Override
  public ImportTable table(
      GradebookExport export, Grades grades, String assignment, Rational maxPoints) {
    List<Integer> kept = ImportFormat.present(export, STUDENT_COLUMNS);
    List<String> header = new ArrayList<>();
    Set<Integer> text = new HashSet<>();
    for (int c : kept) {
      if (TEXT_COLUMNS.stream().anyMatch(export.header().get(c)::equalsIgnoreCase)) {
        text.add(header.size());
      }
      header.add(export.header().get(c));
    }
    String column = existingColumn(export, assignment);
    header.add(column.isEmpty() ? assignment : column);
    List<List<String>> rows = new ArrayList<>();
    List<String> points = new ArrayList<>();
    for (int c : kept) {
      points.add(export.header().get(c).equalsIgnoreCase("Student") ? POINTS_POSSIBLE : "");
    }
    points.add(Grade.number(maxPoints));
    rows.add(points);
    for (Row row : students(export)) {
      List<String> cells = new ArrayList<>();
      kept.forEach(c -> cells.add(row.cells().get(c)));
      cells.add(grades.of(row).flatMap(Grade::points).orElse(""));
      rows.add(cells);
    }
    return new ImportTable(header, rows, text, kept.size(), !column.isEmpty());
  }

  /** The export's {@code NAME (id)} column for the assignment, or {@code ""}. */
  private static String existingColumn(GradebookExport export, String assignment) {
    for (String column : export.header()) {
      Matcher m = WITH_ID.matcher(column);
      if (m.matches() && ImportFormat.sameName(m.group(1), assignment)) {
        return column;
      }
    }
    return "";
  }
}
