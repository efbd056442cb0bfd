package dev.byhand.report;

import static java.util.Objects.requireNonNull;

import dev.byhand.grading.StudentResult;
import dev.byhand.rubric.Rubric;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class-wide outputs of a grading run, written once every student is graded: {@code index.html}
 * (the overview), {@code grades.csv} (the gradebook) and {@code identical-answers.html} (TA only).
 * Keeps a small {@link StudentSummary} per student rather than whole results, so memory grows
 * slowly with the class. Not thread-safe: one run adds students from one thread.
 */
public final class ClassOutputs {
  public static final String INDEX_FILE = "index.html";
  public static final String GRADES_FILE = "grades.csv";
  public static final String CLUSTERS_FILE = "identical-answers.html";

  private final Rubric rubric;
  private final ReportRenderer renderer;
  private final List<StudentSummary> students = new ArrayList<>();

  public ClassOutputs(Rubric rubric, ReportRenderer renderer) {
    this.rubric = requireNonNull(rubric, "rubric");
    this.renderer = requireNonNull(renderer, "renderer");
  }

  /** Adds a graded student whose report is {@link ReportSet#reportFileName}. */
  public void add(StudentResult result) {
    students.add(StudentSummary.of(result, ReportSet.reportFileName(result.studentId())));
  }

  /** The summaries so far, in the order added. */
  public List<StudentSummary> students() {
    return List.copyOf(students);
  }

  /**
   * Writes the three files into {@code folder}, each atomically.
   *
   * @param excelBom whether grades.csv starts with a UTF-8 BOM, which Excel needs to read UTF-8
   */
  public void write(Path folder, boolean excelBom) throws IOException {
    List<AnswerClusters.Cluster> clusters = AnswerClusters.of(students);
    try (AtomicFile index = AtomicFile.begin(folder.resolve(INDEX_FILE))) {
      renderer.renderIndex(IndexViews.of(rubric, students, CLUSTERS_FILE, clusters.size()), index.writer());
      index.commit();
    }
    try (AtomicFile page = AtomicFile.begin(folder.resolve(CLUSTERS_FILE))) {
      renderer.renderClusters(new ClustersView("Identical wrong answers — " + rubric.title(), rubric.title(),
          students.size(), clusters), page.writer());
      page.commit();
    }
    try (AtomicFile grades = AtomicFile.begin(folder.resolve(GRADES_FILE))) {
      GradebookCsv.write(grades.writer(), rubric, students, excelBom);
      grades.commit();
    }
  }
}
