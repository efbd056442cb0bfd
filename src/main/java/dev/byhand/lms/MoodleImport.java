package dev.byhand.lms;

import dev.byhand.exact.Rational;
import dev.byhand.lms.GradebookExport.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Moodle: the export's identifier column ({@code Email address}, else {@code ID number}, else
 * {@code Username}), then {@code NAME} and {@code Feedback: NAME}; on import the TA maps the first
 * to "Email address" (or what it is) and the others to the grade item and its feedback.
 */
final class MoodleImport implements ImportFormat {
  private static final List<String> IDENTIFIERS = List.of("Email address", "ID number", "Username");

  /** An exported grade item: {@code Assignment: RNN by hand (Real)}. */
  private static final Pattern EXPORTED =
      Pattern.compile("\\A[^:]*:\\s*(.*?)\\s*\\((?:Real|Percentage|Letter)\\)\\z");

  @Override
  public IdentifierColumns identifiers(GradebookExport export) {
    return ImportFormat.required(
        export,
        "Moodle",
        IdentifierColumns.of(
            export, List.of("Email address"), List.of("Username"), List.of("ID number")),
        IDENTIFIERS);
  }

  @Override
  public ImportTable table(
      GradebookExport export, Grades grades, String assignment, Rational maxPoints) {
    // The most useful identifier the export has: email, then ID number, then username.
    int id =
        IDENTIFIERS.stream()
            .map(name -> export.column(name))
            .flatMap(Optional::stream)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("identifiers() checks the columns"));
    List<List<String>> rows = new ArrayList<>();
    for (Row row : students(export)) {
      rows.add(
          List.of(
              row.cells().get(id),
              grades.of(row).flatMap(Grade::points).orElse(""),
              grades.of(row).map(Grade::summary).orElse("")));
    }
    boolean existing =
        export.header().stream()
            .map(EXPORTED::matcher)
            .anyMatch(m -> m.matches() && ImportFormat.sameName(m.group(1), assignment));
    return new ImportTable(
        List.of(export.header().get(id), assignment, "Feedback: " + assignment),
        rows,
        Set.of(2),
        1,
        existing);
  }
}
