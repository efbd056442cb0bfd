package dev.byhand.bench;

import dev.byhand.grading.Grader;
import dev.byhand.grading.StudentResult;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.submission.Submission;
import dev.byhand.submission.SubmissionReader;
import java.nio.file.Path;
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
 * Reading one answers file and grading one student's items (the grader's own loop), so the cost of
 * reading is seen apart from judging's. Forked with C1 only, as {@code grade} runs. Run with {@code
 * bench/jmh.sh JudgingBenchmarks}; never part of {@code mvn verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-XX:TieredStopAtLevel=1")
public class JudgingBenchmarks {
  /**
   * alice is right throughout; hana-lee has one slip (follow-through and diagnosis run); oscar
   * forgot the ReLU.
   */
  @Param({"alice.csv", "hana-lee.csv", "oscar.json"})
  public String file;

  private Rubric rubric;
  private SubmissionReader reader;
  private Grader grader;
  private Path path;
  private Submission submission;

  @Setup
  public void setUp() {
    rubric = new RubricLoader().load(Path.of("rubrics/rnn-by-hand.json"));
    reader = new SubmissionReader();
    grader = new Grader(rubric);
    path = Path.of("submissions", file);
    submission = reader.read("bench", path);
  }

  @Benchmark
  public Submission readOneFile() {
    return reader.read("bench", path);
  }

  /** Every item of one student, as the grader judges them. */
  @Benchmark
  public StudentResult judgeOneStudent() {
    return grader.grade(submission);
  }
}
