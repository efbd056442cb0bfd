package dev.byhand.report;

import static java.util.Objects.requireNonNull;

import dev.byhand.grading.ItemText;
import dev.byhand.grading.StudentResult;
import dev.byhand.io.AtomicFile;
import dev.byhand.io.AtomicFile.Durability;
import dev.byhand.report.IndexView.StudentLink;
import dev.byhand.rubric.Rubric;
import dev.byhand.variants.VariantFits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class-wide outputs of a grading run: {@code index.html} (the overview), {@code grades.csv}
 * (the gradebook) and {@code identical-answers.html} (TA only: identical wrong answers and, with
 * variants, answers that fit a classmate's numbers), each committed atomically once every student
 * is graded. Keeps a small {@link StudentSummary} per student rather than whole results, so memory
 * grows slowly with the class. Not thread-safe, except {@link #prepare}: the grading workers
 * prepare students, and one thread adds them in class order.
 */
public final class ClassOutputs implements AutoCloseable {
  public static final String INDEX_FILE = "index.html";
  public static final String GRADES_FILE = "grades.csv";
  public static final String CLUSTERS_FILE = "identical-answers.html";

  private final Path folder;
  private final Rubric rubric;
  private final ReportRenderer renderer;
  private final ItemText text;
  private final List<StudentSummary> students = new ArrayList<>();
  // Counted and written as students are added, while the workers grade: at the end, passes over the
  // whole class would run on one core while the others wait.
  private final IndexViews.Tally indexTally;
  private final AnswerClusters.Tally clusterTally = new AnswerClusters.Tally();
  private final ClassmateFits fitTally;
  private final AtomicFile gradebookFile;
  private final GradebookCsv gradebook;
  private ItemAnalysis analysis;

  /** With variants: what each student's numbers make them do, in {@link #students} order. */
  private final java.util.Optional<VariantProperties> properties;

  private final List<int[]> profiles = new ArrayList<>();

  private ClassOutputs(Path folder, Rubric rubric, ReportRenderer renderer, boolean excelBom)
      throws IOException {
    this.folder = folder;
    this.rubric = rubric;
    this.renderer = renderer;
    this.text = ItemText.of(rubric);
    this.indexTally = new IndexViews.Tally(rubric);
    this.fitTally = new ClassmateFits(rubric);
    this.properties =
        rubric.variants().isPresent()
            ? java.util.Optional.of(new VariantProperties(rubric))
            : java.util.Optional.empty();
    this.gradebookFile = AtomicFile.begin(folder.resolve(GRADES_FILE), Durability.RENAMED);
    try {
      this.gradebook = GradebookCsv.begin(gradebookFile.writer(), rubric, excelBom);
    } catch (IOException | RuntimeException e) {
      gradebookFile.close();
      throw e;
    }
  }

  /**
   * Starts the class outputs of a run writing into {@code folder}; {@link #write} commits them, and
   * {@link #close} without it leaves no trace.
   *
   * @param excelBom whether grades.csv starts with a UTF-8 BOM, which Excel needs to read UTF-8
   */
  public static ClassOutputs open(
      Path folder, Rubric rubric, ReportRenderer renderer, boolean excelBom) throws IOException {
    return new ClassOutputs(
        requireNonNull(folder, "folder"),
        requireNonNull(rubric, "rubric"),
        requireNonNull(renderer, "renderer"),
        excelBom);
  }

  /**
   * What {@link #add} keeps of a graded student (whose report is {@link ReportSet#reportFileName}),
   * made ahead on a grading worker rather than on the one thread that adds students in order: the
   * summary and, with variants, a reference run of the student's numbers. Thread-safe.
   */
  public Student prepare(StudentResult result) {
    StudentSummary summary =
        StudentSummary.of(result, ReportSet.reportFileName(result.studentId()), text);
    int[] profile =
        properties.isPresent() && result.variant().isPresent()
            ? properties.get().of(result.variant().get())
            : null;
    return new Student(result, summary, profile);
  }

  /** Adds a student {@link #prepare prepared}; call in class order. */
  public void add(Student prepared) throws IOException {
    StudentSummary student = prepared.summary;
    students.add(student);
    indexTally.add(student);
    clusterTally.add(student);
    fitTally.add(prepared.result, student);
    gradebook.add(student);
    if (prepared.profile != null) {
      profiles.add(prepared.profile);
    }
  }

  /** A graded student as {@link #prepare} made them ready for {@link #add}. */
  public static final class Student {
    private final StudentResult result;
    private final StudentSummary summary;

    /** With variants: what the student's numbers make them do; null without. */
    private final int[] profile;

    private Student(StudentResult result, StudentSummary summary, int[] profile) {
      this.result = result;
      this.summary = summary;
      this.profile = profile;
    }
  }

  /** The summaries so far, in the order added. */
  public List<StudentSummary> students() {
    return List.copyOf(students);
  }

  /** Writes the overview and the clusters page, and commits the gradebook; each file atomically. */
  public void write() throws IOException {
    // All on the calling thread: with the tallies counted and the gradebook written as students
    // were added, what is left is a few tens of milliseconds, no longer worth a second thread.
    List<AnswerClusters.Cluster> clusters = clusterTally.clusters();
    List<VariantFits.Flag<StudentLink>> fits = fitTally.flags();
    analysis = ItemAnalyses.of(students);
    if (properties.isPresent() && profiles.size() == students.size()) {
      analysis = analysis.withVariants(fairVariants(analysis, properties.get()));
    }
    writeClusters(clusters, fits);
    writeIndex(clusters.size(), fits.size());
    gradebook.finish();
    gradebookFile.commit();
  }

  /** Per analysed item, each student's points ÷ the item's points, grouped by their numbers. */
  private FairVariants fairVariants(ItemAnalysis analysis, VariantProperties properties) {
    List<String> keys = analysis.items().stream().map(ItemAnalysis.Item::key).toList();
    List<double[]> points = new ArrayList<>(students.size());
    for (StudentSummary student : students) {
      double[] row = new double[keys.size()];
      int j = 0;
      for (StudentSummary.Item item : student.items()) {
        if (j < keys.size() && item.key().equals(keys.get(j))) {
          row[j++] = share(item.points(), item.maxPoints());
        }
      }
      points.add(row);
    }
    return FairVariants.of(points, keys, profiles, properties.properties());
  }

  private static double share(dev.byhand.exact.Rational points, dev.byhand.exact.Rational max) {
    return points.divide(max).toDecimal(12).doubleValue();
  }

  /** The item analysis of the class; only after {@link #write}. */
  ItemAnalysis analysis() {
    if (analysis == null) {
      throw new IllegalStateException("the item analysis is made by write(), which has not run");
    }
    return analysis;
  }

  /** Removes the uncommitted gradebook, if the run failed before {@link #write}. */
  @Override
  public void close() throws IOException {
    gradebookFile.close();
  }

  private void writeIndex(int clusterCount, int fitCount) throws IOException {
    try (AtomicFile index = AtomicFile.begin(folder.resolve(INDEX_FILE), Durability.RENAMED)) {
      renderer.renderIndex(
          IndexViews.of(
              rubric, students, indexTally, CLUSTERS_FILE, clusterCount, fitCount, analysis),
          index.writer());
      index.commit();
    }
  }

  private void writeClusters(
      List<AnswerClusters.Cluster> clusters, List<VariantFits.Flag<StudentLink>> fits)
      throws IOException {
    try (AtomicFile page = AtomicFile.begin(folder.resolve(CLUSTERS_FILE), Durability.RENAMED)) {
      renderer.renderClusters(
          new ClustersView(
              "Identical wrong answers — " + rubric.title(),
              rubric.title(),
              students.size(),
              clusters,
              rubric.variants().isPresent(),
              fits),
          page.writer());
      page.commit();
    }
  }
}
