package dev.byhand.report;

import static java.util.Objects.requireNonNull;

import dev.byhand.grading.StudentResult;
import dev.byhand.rubric.Rubric;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The class-wide outputs of a grading run, written once every student is graded: {@code index.html}
 * (the overview), {@code grades.csv} (the gradebook) and {@code identical-answers.html} (TA only).
 * Keeps a small {@link StudentSummary} per student rather than whole results, so memory grows
 * slowly with the class. Not thread-safe: one run adds students from one thread (writing uses a
 * second thread of its own).
 */
public final class ClassOutputs {
  public static final String INDEX_FILE = "index.html";
  public static final String GRADES_FILE = "grades.csv";
  public static final String CLUSTERS_FILE = "identical-answers.html";

  private final Rubric rubric;
  private final ReportRenderer renderer;
  private final ItemKeys keys;
  private final List<StudentSummary> students = new ArrayList<>();
  // Counted as students are added, while the workers grade: at the end, passes over the whole class
  // ran on one core, mostly uncompiled, for a tenth of a 10,000-student run.
  private final IndexViews.Tally indexTally;
  private final AnswerClusters.Tally clusterTally = new AnswerClusters.Tally();

  public ClassOutputs(Rubric rubric, ReportRenderer renderer) {
    this.rubric = requireNonNull(rubric, "rubric");
    this.renderer = requireNonNull(renderer, "renderer");
    this.keys = new ItemKeys(rubric);
    this.indexTally = new IndexViews.Tally(rubric);
  }

  /** Adds a graded student whose report is {@link ReportSet#reportFileName}. */
  public void add(StudentResult result) {
    StudentSummary student = StudentSummary.of(result, ReportSet.reportFileName(result.studentId()), keys::of);
    students.add(student);
    indexTally.add(student);
    clusterTally.add(student);
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
    List<AnswerClusters.Cluster> clusters = clusterTally.clusters();
    // The end of a run is otherwise one core's work while the other waits: the gradebook and the
    // clusters page (about a third of it, measured) are written on another thread meanwhile.
    ExecutorService second = Executors.newSingleThreadExecutor(work -> {
      Thread thread = new Thread(work, "byhand-class-outputs");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Future<Void> others = second.submit(() -> {
        writeClusters(folder, clusters);
        writeGradebook(folder, excelBom);
        return null;
      });
      writeIndex(folder, clusters.size());
      await(others);
    } finally {
      second.shutdownNow();
    }
  }

  private void writeIndex(Path folder, int clusterCount) throws IOException {
    try (AtomicFile index = AtomicFile.begin(folder.resolve(INDEX_FILE))) {
      renderer.renderIndex(IndexViews.of(rubric, students, indexTally, CLUSTERS_FILE, clusterCount), index.writer());
      index.commit();
    }
  }

  private void writeClusters(Path folder, List<AnswerClusters.Cluster> clusters) throws IOException {
    try (AtomicFile page = AtomicFile.begin(folder.resolve(CLUSTERS_FILE))) {
      renderer.renderClusters(new ClustersView("Identical wrong answers — " + rubric.title(), rubric.title(),
          students.size(), clusters), page.writer());
      page.commit();
    }
  }

  private void writeGradebook(Path folder, boolean excelBom) throws IOException {
    try (AtomicFile grades = AtomicFile.begin(folder.resolve(GRADES_FILE))) {
      GradebookCsv.write(grades.writer(), rubric, students, excelBom);
      grades.commit();
    }
  }

  private static void await(Future<Void> others) throws IOException {
    try {
      others.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the class outputs", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
