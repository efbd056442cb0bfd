package dev.byhand.report;

/**
 * Renders reports from the Mustache templates inside the jar. Immutable and thread-safe: templates
 * are compiled once. Implemented by the report work.
 */
public final class ReportRenderer {
  /** The complete HTML page for one student. */
  public String renderStudent(StudentReportView view) {
    throw new UnsupportedOperationException("implemented in the report work");
  }
}
