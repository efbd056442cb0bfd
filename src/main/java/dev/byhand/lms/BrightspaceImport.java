package dev.byhand.lms;

import dev.byhand.exact.Rational;
import dev.byhand.lms.GradebookExport.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Brightspace (D2L): the export's {@code Org Defined ID} (or {@code Username}) column with its
 * values as exported (Brightspace's {@code #} prefix included), {@code NAME Points Grade} (or the
 * export's own column for the item, which may carry {@code <Numeric MaxPoints:…>}), and the {@code
 * End-of-Line Indicator} column holding {@code #}.
 */
final class BrightspaceImport implements ImportFormat {
  private static final List<String> ORG_DEFINED_ID =
      List.of("OrgDefinedId", "Org Defined ID", "OrgDefinedID");

  static final String END_OF_LINE = "End-of-Line Indicator";

  @Override
  public IdentifierColumns identifiers(GradebookExport export) {
    if (ImportFormat.present(export, ORG_DEFINED_ID).isEmpty()
        && export.column("Username").isEmpty()) {
      throw new LmsException(
          export.file()
              + ": no \"Org Defined ID\" or \"Username\" column, which Brightspace matches"
              + " students by; export the grades from Brightspace with Org Defined ID or Username"
              + " selected under Key Field");
    }
    return IdentifierColumns.of(export, List.of("Email"), List.of("Username"), ORG_DEFINED_ID);
  }

  @Override
  public ImportTable table(
      GradebookExport export, Grades grades, String assignment, Rational maxPoints) {
    List<Integer> org = ImportFormat.present(export, ORG_DEFINED_ID);
    int key = org.isEmpty() ? export.column("Username").orElseThrow() : org.get(0);
    String column = assignment + " Points Grade";
    boolean existing = false;
    for (String exported : export.header()) {
      String name =
          exported.contains(" <") ? exported.substring(0, exported.indexOf(" <")) : exported;
      if (ImportFormat.sameName(name, column)) {
        column = exported;
        existing = true;
        break;
      }
    }
    List<List<String>> rows = new ArrayList<>();
    for (Row row : students(export)) {
      rows.add(
          List.of(row.cells().get(key), grades.of(row).flatMap(Grade::points).orElse(""), "#"));
    }
    return new ImportTable(
        List.of(export.header().get(key), column, END_OF_LINE), rows, Set.of(), 1, existing);
  }
}
