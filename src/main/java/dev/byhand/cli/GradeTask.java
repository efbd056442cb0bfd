package dev.byhand.cli;

import dev.byhand.gradescope.ExportException;
import dev.byhand.gradescope.ExportedSubmission;
import dev.byhand.gradescope.GradescopeExport;
import dev.byhand.grading.Grader;
import dev.byhand.grading.ManualScores;
import dev.byhand.grading.RubricKeys;
import dev.byhand.grading.StudentResult;
import dev.byhand.lms.LmsExport;
import dev.byhand.report.ClassOutputs;
import dev.byhand.report.ReportRenderer;
import dev.byhand.report.ReportSet;
import dev.byhand.report.StudentSummary;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.Variant;
import dev.byhand.submission.InertText;
import dev.byhand.submission.StudentSource;
import dev.byhand.submission.Submission;
import dev.byhand.submission.SubmissionFinder;
import dev.byhand.submission.SubmissionReader;
import dev.byhand.submission.Submitter;
import dev.byhand.variants.StudentKey;
import dev.byhand.variants.StudentRubrics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * One grading run: finds the students, reads and grades them in chunks (so memory stays flat), and
 * writes every report as it goes. Chunks are read, graded and rendered on {@link #WORKERS} threads;
 * results.json and the class outputs take them in class order.
 */
final class GradeTask {
  /**
   * Students read, graded and rendered as one piece of work: small, so that the last chunks leave a
   * core idle only briefly and the first results are recorded early.
   */
  static final int CHUNK = 100;

  /**
   * Chunks graded at once: one per core, so a laptop's cores all work while results.json is
   * written.
   */
  static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

  /** Where the templates compile while the calling thread lists the submissions. */
  private static final Executor TEMPLATES =
      work -> {
        Thread thread = new Thread(work, "byhand-templates");
        // A failed listing must not wait for the templates before the JVM exits.
        thread.setDaemon(true);
        thread.start();
      };

  private final Rubric rubric;
  private final String rubricFile;
  private final Path submissions;
  private final Path reports;

  /** Who submitted each student's files, when the folder is a Gradescope export. */
  private final Map<Path, List<Submitter>> submitters = new HashMap<>();

  private final ClassOptions options;

  /**
   * What a run adds to the per-student reports.
   *
   * @param manual the TA's scores file for manual items, if any (read once the class is known)
   * @param excelBom whether grades.csv starts with a BOM for Excel
   * @param progress drawn as students are graded
   * @param lms the LMS import file to write beside grades.csv, its gradebook export already read
   */
  record ClassOptions(
      Optional<Path> manual, boolean excelBom, ProgressBar progress, Optional<LmsExport> lms) {
    static ClassOptions defaults() {
      return new ClassOptions(Optional.empty(), false, ProgressBar.disabled(), Optional.empty());
    }
  }

  GradeTask(Rubric rubric, String rubricFile, Path submissions, Path reports) {
    this(rubric, rubricFile, submissions, reports, ClassOptions.defaults());
  }

  GradeTask(
      Rubric rubric, String rubricFile, Path submissions, Path reports, ClassOptions options) {
    this.rubric = rubric;
    this.rubricFile = rubricFile;
    this.submissions = submissions;
    this.reports = reports;
    this.options = options;
  }

  GradeSummary run() throws IOException {
    long start = System.nanoTime();
    // Compiling the templates and listing a large folder take about as long: both at once.
    CompletableFuture<ReportRenderer> templates =
        CompletableFuture.supplyAsync(ReportRenderer::new, TEMPLATES);
    List<StudentSource> students = find();
    // A typo in the scores file stops the run before anything is written, every problem listed at
    // once.
    List<String> ids = students.stream().map(StudentSource::studentId).toList();
    ManualScores manual =
        options.manual().isPresent()
            ? ManualScores.read(options.manual().get(), rubric, ids)
            : ManualScores.none();
    Grader grader = new Grader(rubric, drawVariants(students));
    GradeSummary summary = new GradeSummary(reports, rubric.maxPoints());
    ReportRenderer renderer = compiled(templates);
    List<StudentSummary> summaries;
    List<String> lmsLines = List.of();
    options.progress().start(students.size());
    try (ReportSet reportSet =
            ReportSet.open(reports, rubric, rubricFile, VersionProvider.version(), renderer);
        ClassOutputs classOutputs =
            ClassOutputs.open(reports, rubric, renderer, options.excelBom());
        ChunkPipeline<List<Graded>> pipeline = new ChunkPipeline<>(WORKERS)) {
      for (int from = 0; from < students.size(); from += CHUNK) {
        List<StudentSource> chunk = students.subList(from, Math.min(students.size(), from + CHUNK));
        pipeline.submit(
            () -> gradeAndWriteReports(chunk, grader, manual, reportSet, classOutputs),
            graded -> record(graded, reportSet, summary, classOutputs));
      }
      pipeline.finish();
      classOutputs.write();
      summaries = classOutputs.students();
      reportSet.commit(classOutputs);
      // Last, once the run's own files are in place: a failure here leaves no half-written run.
      if (options.lms().isPresent()) {
        lmsLines = options.lms().get().write(reports, summaries, rubric.maxPoints());
      }
    } finally {
      options.progress().finish();
    }
    return summary.finish(System.nanoTime() - start, summaries, manual.size(), lmsLines);
  }

  /** The renderer compiled alongside {@link #find}, or what stopped it, as itself. */
  private static ReportRenderer compiled(CompletableFuture<ReportRenderer> templates) {
    try {
      return templates.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /**
   * Before anything is written, each student's variant, drawn once for grading: every one keeps the
   * guarantees, and no two students share one (a broken rubric stops the run with exit 2, naming
   * the setting to loosen). Empty for a rubric without variants.
   */
  private List<Variant> drawVariants(List<StudentSource> students) {
    if (rubric.variants().isEmpty()) {
      return List.of();
    }
    return StudentRubrics.forRoster(
        rubric,
        students.stream()
            .map(
                s ->
                    StudentKey.of(
                        submitters.getOrDefault(s.path(), List.of()), s.name(), s.studentId()))
            .toList());
  }

  /**
   * A student graded on a worker, with their results.json entry and class summary made there too:
   * the calling thread only adds them up in class order, so it never holds the workers back.
   */
  private record Graded(
      StudentResult result, ReportSet.Entry entry, ClassOutputs.Student classStudent) {}

  /**
   * On a worker thread: reads, grades and writes the HTML reports of one chunk of students, and
   * prepares what results.json and the class outputs keep of each.
   */
  private List<Graded> gradeAndWriteReports(
      List<StudentSource> students,
      Grader grader,
      ManualScores manual,
      ReportSet reportSet,
      ClassOutputs classOutputs)
      throws IOException {
    SubmissionFinder finder = new SubmissionFinder();
    SubmissionReader reader = new SubmissionReader(RubricKeys.of(rubric));
    List<Submission> chunk = new ArrayList<>(students.size());
    for (StudentSource student : students) {
      chunk.add(
          finder
              .read(student, reader)
              .withSubmitters(submitters.getOrDefault(student.path(), List.of())));
    }
    List<StudentResult> graded = grader.grade(chunk);
    List<Graded> results = new ArrayList<>(graded.size());
    for (int i = 0; i < graded.size(); i++) {
      StudentResult result = manual.apply(withRelativeSource(graded.get(i), chunk.get(i).source()));
      reportSet.writeReport(result);
      results.add(new Graded(result, reportSet.entry(result), classOutputs.prepare(result)));
    }
    return results;
  }

  /** On the calling thread, chunk by chunk in class order: results.json and the class summaries. */
  private void record(
      List<Graded> graded, ReportSet reportSet, GradeSummary summary, ClassOutputs classOutputs)
      throws IOException {
    for (Graded student : graded) {
      reportSet.record(student.entry());
      summary.add(student.result());
      classOutputs.add(student.classStudent());
      options.progress().advance();
    }
  }

  /** {@code chen-wei/answers.csv} rather than {@code answers.csv}: the TA can find the file. */
  private StudentResult withRelativeSource(StudentResult result, Path source) {
    String relative =
        source.startsWith(submissions)
            ? submissions.relativize(source).toString().replace('\\', '/')
            : result.sourceFile();
    // A file name is student text too: no escape sequence or bidi control in a report or summary.
    return result.withSourceFile(InertText.of(relative));
  }

  private List<StudentSource> find() {
    try {
      if (GradescopeExport.isExport(submissions)) {
        List<StudentSource> students = new ArrayList<>();
        for (ExportedSubmission exported : GradescopeExport.read(submissions)) {
          students.add(exported.source());
          submitters.put(exported.source().path(), exported.submitters());
        }
        return students;
      }
      return new SubmissionFinder().find(submissions);
    } catch (IllegalArgumentException | ExportException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
