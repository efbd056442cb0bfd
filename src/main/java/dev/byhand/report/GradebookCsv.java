package dev.byhand.report;

import dev.byhand.exact.Rational;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code grades.csv}: a header, then one row per student with id, name, email and SID where
 * known, points per question, total and maximum. Safe to open in a spreadsheet: a text cell that a
 * spreadsheet would run as a formula is neutralised (OWASP's CSV-injection advice), numbers are
 * written as plain decimals. A question still waiting for a TA is an empty cell.
 */
final class GradebookCsv {
  private final CSVPrinter csv;
  private final Rubric rubric;

  private GradebookCsv(CSVPrinter csv, Rubric rubric) {
    this.csv = csv;
    this.rubric = rubric;
  }

  /**
   * Writes the header (after a UTF-8 BOM with {@code excelBom}, so Excel reads UTF-8); then {@link
   * #add} writes a student's row at a time, as students are graded. Not thread-safe.
   */
  static GradebookCsv begin(Writer out, Rubric rubric, boolean excelBom) throws IOException {
    if (excelBom) {
      out.write('\uFEFF');
    }
    CSVPrinter csv = CSVFormat.DEFAULT.print(out);
    List<String> header = new ArrayList<>(List.of("student", "name", "email", "sid"));
    rubric.questions().forEach(q -> header.add(q.id()));
    header.addAll(List.of("total", "max"));
    csv.printRecord(header);
    return new GradebookCsv(csv, rubric);
  }

  void add(StudentSummary student) throws IOException {
    List<String> row = new ArrayList<>();
    for (String text : List.of(student.id(), student.name(), student.email(), student.sid())) {
      row.add(SpreadsheetText.safe(text));
    }
    for (Question question : rubric.questions()) {
      row.add(student.questionPoints(question.id()).map(GradebookCsv::number).orElse(""));
    }
    row.add(number(student.score()));
    row.add(number(student.maxScore()));
    csv.printRecord(row);
  }

  /** Flushes the rows to the writer, which stays open. */
  void finish() throws IOException {
    csv.flush();
  }

  private static String number(Rational value) {
    return Numbers.json(value).toPlainString();
  }
}
