package dev.byhand.lms;

import dev.byhand.exact.Rational;
import dev.byhand.lms.GradebookExport.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blackboard: {@code Username}, then {@code NAME [Total Pts: N Score] |id} when the export has the
 * column (Blackboard updates the column with that id), else {@code NAME [Total Pts: N Score]}
 * (Blackboard creates it). Written tab-delimited, as Blackboard's own downloads are.
 */
final class BlackboardImport implements ImportFormat {
  /** {@code Quiz 3 [Total Pts: 10 Score] |664617}: the name, the points, the column id. */
  private static final Pattern COLUMN =
      Pattern.compile("\\A(.*?)\\s*\\[Total Pts:[^\\]]*\\]\\s*(?:\\|\\s*(\\d+))?\\s*\\z");

  @Override
  public IdentifierColumns identifiers(GradebookExport export) {
    if (export.column("Username").isEmpty()) {
      throw new LmsException(
          export.file()
              + ": no \"Username\" column, which Blackboard matches students by; download the"
              + " Grade Center from Blackboard (Work Offline > Download) with the user information");
    }
    return IdentifierColumns.of(
        export, List.of("Email"), List.of("Username"), List.of("Student ID"));
  }

  @Override
  public ImportTable table(
      GradebookExport export, Grades grades, String assignment, Rational maxPoints) {
    int username = export.column("Username").orElseThrow();
    String column = assignment + " [Total Pts: " + Grade.number(maxPoints) + " Score]";
    boolean existing = false;
    for (String exported : export.header()) {
      Matcher m = COLUMN.matcher(exported);
      if (m.matches() && ImportFormat.sameName(m.group(1), assignment) && m.group(2) != null) {
        column += " |" + m.group(2);
        existing = true;
        break;
      }
    }
    List<List<String>> rows = new ArrayList<>();
    for (Row row : students(export)) {
      rows.add(
          List.of(row.cells().get(username), grades.of(row).flatMap(Grade::points).orElse("")));
    }
    return new ImportTable(
        List.of(export.header().get(username), column), rows, Set.of(), 1, existing);
  }
}
