package dev.byhand.report;

import static java.util.Objects.requireNonNull;

import dev.byhand.grading.StudentResult;
import dev.byhand.io.AtomicFile;
import dev.byhand.io.AtomicFile.Durability;
import dev.byhand.rubric.Rubric;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The reports of one grading run, written as students are graded: {@code <student>.html} at once,
 * {@code results.json} when the run {@link #commit commits}. Every file appears complete or not at
 * all; a run that fails before committing leaves the previous results.json in place. Files are
 * renamed into place but not forced to disk: a rerun makes them again.
 */
public final class ReportSet implements AutoCloseable {
  public static final String RESULTS_FILE = "results.json";

  /** Pages of the class outputs that share the reports folder with the students' reports. */
  private static final java.util.Set<String> RESERVED =
      java.util.Set.of("index", "identical-answers");

  private final Path folder;
  private final ReportRenderer renderer;
  private final StudentReportViews views;
  private final AtomicFile resultsFile;
  private final ResultsJson results;
  private final Instant started = Instant.now();
  private int students;

  private ReportSet(
      Path folder, Rubric rubric, String rubricFile, String version, ReportRenderer renderer)
      throws IOException {
    this.folder = folder;
    this.renderer = renderer;
    this.views = new StudentReportViews(rubric);
    this.resultsFile = AtomicFile.begin(folder.resolve(RESULTS_FILE), Durability.RENAMED);
    this.results = new ResultsJson(resultsFile.writer(), rubric, rubricFile, version);
  }

  /**
   * Opens a run writing into {@code folder} (created if needed).
   *
   * @param rubricFile the rubric's path as the user gave it, recorded in results.json
   * @param version byhand's version, recorded in results.json
   */
  public static ReportSet open(
      Path folder, Rubric rubric, String rubricFile, String version, ReportRenderer renderer)
      throws IOException {
    requireNonNull(folder, "folder");
    return new ReportSet(folder, rubric, rubricFile, version, renderer);
  }

  /** The report file name of a student: {@code <id>.html}. */
  public static String reportFileName(String studentId) {
    // A student called "index" must not overwrite (or be overwritten by) the TA pages.
    boolean reserved = RESERVED.contains(studentId.toLowerCase(java.util.Locale.ROOT));
    return (reserved ? "student-" : "") + studentId + ".html";
  }

  /**
   * Writes the student's HTML report only. Safe to call from several threads at once (for different
   * students), so reports can be rendered in parallel; {@link #record} keeps results.json in order.
   */
  public Path writeReport(StudentResult student) throws IOException {
    Path report = folder.resolve(reportFileName(student.studentId()));
    ByteBuffer page = renderer.renderStudentReused(views.of(student));
    try (AtomicFile file = AtomicFile.begin(report, Durability.RENAMED)) {
      file.stream().write(page.array(), page.arrayOffset() + page.position(), page.remaining());
      file.commit();
    }
    return report;
  }

  /**
   * The student's results.json entry, serialised ahead so that it costs {@link #record} only a
   * copy. Safe to call from several threads at once, like {@link #writeReport}.
   */
  public Entry entry(StudentResult student) throws IOException {
    return new Entry(results.entry(student, reportFileName(student.studentId())));
  }

  /**
   * Adds a student's entry to results.json; call from one thread, in the order students should
   * appear.
   */
  public void record(Entry entry) throws IOException {
    results.append(entry.json);
    students++;
  }

  /** One student's results.json entry, made by {@link #entry}. Immutable. */
  public static final class Entry {
    private final String json;

    private Entry(String json) {
      this.json = json;
    }
  }

  /**
   * Completes results.json with the item analysis of {@code classOutputs} (which must have {@link
   * ClassOutputs#write written}) and moves it into place, then deletes the hidden temporary files
   * that an earlier run left behind when it was killed mid-write.
   */
  public void commit(ClassOutputs classOutputs) throws IOException {
    results.finish(students, classOutputs.analysis());
    resultsFile.commit();
    AtomicFile.removeStale(folder, started);
  }

  public int studentCount() {
    return students;
  }

  @Override
  public void close() throws IOException {
    resultsFile.close();
  }
}
