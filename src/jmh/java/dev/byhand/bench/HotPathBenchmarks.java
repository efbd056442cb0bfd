package dev.byhand.bench;

import dev.byhand.exact.Rational;
import dev.byhand.grading.Grader;
import dev.byhand.grading.StudentResult;
import dev.byhand.report.ReportRenderer;
import dev.byhand.report.StudentReportViews;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.submission.NumberReader;
import dev.byhand.submission.Submission;
import dev.byhand.submission.SubmissionReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot pieces of a grading run, one at a time: reading a number as a student wrote it, grading
 * submissions (one launcher execution for one student, and for a chunk of 500), and rendering one
 * HTML report. Run with {@code bench/jmh.sh}; never part of {@code mvn verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPathBenchmarks {
  /**
   * Numbers as the sample class writes them: integers, decimals, exponents, fractions, a PDF minus.
   */
  @State(Scope.Benchmark)
  public static class Written {
    @Param({"57", "-92", "89.", "5.7e1", "114/2", "\u221292"})
    public String number;
  }

  private Rubric rubric;
  private Grader grader;
  private List<Submission> one;
  private List<Submission> chunk;
  private ReportRenderer renderer;
  private StudentReportViews views;
  private StudentResult graded;

  @Setup
  public void setUp() throws IOException {
    rubric = new RubricLoader().load(Path.of("rubrics/rnn-by-hand.json"));
    grader = new Grader(rubric);
    SubmissionReader reader = new SubmissionReader();
    // hana-lee has one arithmetic slip, so follow-through and the diagnosis of mistakes run too.
    Submission slip = reader.read("hana-lee", Path.of("submissions/hana-lee.csv"));
    Path json = Files.createTempFile("byhand-bench", ".json");
    Files.writeString(
        json,
        "{\"q1.hidden\": [5, 4, 0], \"q1.logits\": \"21 8 9 20 13 12\", \"q2.prediction\": \"BOS\","
            + " \"q3.hidden\": [57, 8, 36], \"q3.logits\": [89, -92, 29, 184, 181, -12], \"q3.prediction\": 3}");
    Submission right = reader.read("bench", json);
    Files.delete(json);
    one = List.of(slip);
    chunk = new ArrayList<>(Collections.nCopies(250, slip));
    chunk.addAll(Collections.nCopies(250, right));
    renderer = new ReportRenderer();
    views = new StudentReportViews(rubric);
    graded = grader.grade(one).get(0);
  }

  @Benchmark
  public Rational parseNumber(Written written) {
    return NumberReader.parse(written.number);
  }

  @Benchmark
  public List<StudentResult> gradeOneSubmission() {
    return grader.grade(one);
  }

  /** A chunk of 500 as `grade` runs it: divide by 500 for the cost per student. */
  @Benchmark
  public List<StudentResult> gradeChunkOf500() {
    return grader.grade(chunk);
  }

  @Benchmark
  public java.nio.ByteBuffer renderOneReport() {
    return renderer.renderStudentUtf8(views.of(graded));
  }
}
