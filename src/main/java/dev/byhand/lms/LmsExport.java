package dev.byhand.lms;

import static java.util.Objects.requireNonNull;

import dev.byhand.exact.Rational;
import dev.byhand.io.AtomicFile;
import dev.byhand.io.AtomicFile.Durability;
import dev.byhand.lms.GradebookExport.Row;
import dev.byhand.report.SpreadsheetText;
import dev.byhand.report.StudentSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;

/**
 * A grading run's import file for one LMS, filled from the gradebook the TA exported from it: the
 * export is read and checked before grading ({@link #prepare}), the file written once the class is
 * graded ({@link #write}). Students are matched by identifiers only; a roster student without a
 * submission gets an empty cell, never 0.
 */
public final class LmsExport {
  /** Names listed per kind of problem in the summary; the rest are counted. */
  static final int NAMES_SHOWN = 20;

  private final Lms lms;
  private final GradebookExport export;
  private final ImportFormat format;
  private final String assignment;
  private final boolean pendingEmpty;

  private LmsExport(
      Lms lms,
      GradebookExport export,
      ImportFormat format,
      String assignment,
      boolean pendingEmpty) {
    this.lms = lms;
    this.export = export;
    this.format = format;
    this.assignment = assignment;
    this.pendingEmpty = pendingEmpty;
  }

  /**
   * Reads and checks the LMS's gradebook export, before anything is graded or written.
   *
   * @param assignment the assignment's name in the LMS, not blank
   * @param pendingEmpty whether a student with points awaiting a TA gets an empty cell rather than
   *     the points graded so far
   * @throws LmsException when the export cannot be read or identifies no one
   */
  public static LmsExport prepare(Lms lms, Path roster, String assignment, boolean pendingEmpty)
      throws IOException {
    requireNonNull(lms, "lms");
    if (assignment.isBlank()) {
      throw new IllegalArgumentException("the assignment name is blank");
    }
    GradebookExport export = GradebookExport.read(roster);
    ImportFormat format = lms.format();
    format.identifiers(export);
    return new LmsExport(lms, export, format, assignment.strip(), pendingEmpty);
  }

  /**
   * Writes the import file into {@code folder}, atomically.
   *
   * @return what the TA should know: how many were matched, who was not and why
   */
  public List<String> write(Path folder, List<StudentSummary> students, Rational maxPoints)
      throws IOException {
    List<Row> rows = format.students(export);
    RosterMatch match = new RosterMatch(rows, format.identifiers(export), students);
    ImportTable table =
        format.table(
            export,
            row -> match.student(row).map(s -> Grade.of(s, pendingEmpty)),
            assignment,
            maxPoints);
    Path file = folder.resolve(lms.fileName());
    try (AtomicFile out = AtomicFile.begin(file, Durability.RENAMED)) {
      CSVPrinter printer = lms.csv().print(out.writer());
      printer.printRecord(table.header());
      for (List<String> row : table.rows()) {
        printer.printRecord(cells(row, table));
      }
      printer.flush();
      out.commit();
    }
    List<String> lines = new ArrayList<>();
    lines.add(headline(file, rows, match));
    lines.add("  " + columnLine(table));
    lines.addAll(details(rows, match));
    return lines;
  }

  /** Free text made safe for a spreadsheet; identifiers exactly as the LMS exported them. */
  private static List<String> cells(List<String> row, ImportTable table) {
    List<String> cells = new ArrayList<>(row.size());
    for (int i = 0; i < row.size(); i++) {
      cells.add(table.textColumns().contains(i) ? SpreadsheetText.safe(row.get(i)) : row.get(i));
    }
    return cells;
  }

  private String headline(Path file, List<Row> rows, RosterMatch match) {
    long graded = rows.stream().filter(r -> match.student(r).isPresent()).count();
    long empty = rows.size() - graded - match.conflicts().size();
    return lms.title()
        + " import file: "
        + file
        + ": "
        + graded
        + " of "
        + rows.size()
        + " students in the "
        + lms.title()
        + " gradebook graded"
        + (empty > 0 ? "; " + empty + " without a matching submission left empty" : "");
  }

  private String columnLine(ImportTable table) {
    String column = table.header().get(table.gradeColumn());
    return table.existing()
        ? "updates the gradebook's column \"" + column + "\""
        : "a new column \""
            + column
            + "\": the gradebook export has no column for \""
            + assignment
            + "\" (check --assignment if it should)";
  }

  private List<String> details(List<Row> rows, RosterMatch match) {
    List<String> lines = new ArrayList<>();
    // A group's submission fills several rows; its name is listed once.
    Set<String> awaiting = new LinkedHashSet<>();
    for (Row row : rows) {
      Optional<StudentSummary> student = match.student(row);
      if (student.isPresent()
          && student.get().items().stream().anyMatch(StudentSummary.Item::awaitingTa)) {
        awaiting.add(student.get().id());
      }
    }
    if (!awaiting.isEmpty()) {
      lines.add(
          "  awaiting a TA, "
              + (pendingEmpty ? "left empty" : "written with the points graded so far")
              + ": "
              + names(List.copyOf(awaiting)));
    }
    if (!match.unmatched().isEmpty()) {
      lines.add(
          "  in no row of the gradebook, not written (match by email, login or id): "
              + names(match.unmatched().stream().map(RosterMatch::who).toList()));
    }
    match.conflicts().forEach(c -> lines.add("  " + c));
    return lines;
  }

  private static String names(List<String> names) {
    String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
    return names.size() > NAMES_SHOWN
        ? shown + " and " + (names.size() - NAMES_SHOWN) + " more"
        : shown;
  }
}
