package dev.byhand.bench;

import dev.byhand.grading.Grader;
import dev.byhand.grading.StudentResult;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.submission.Submission;
import dev.byhand.submission.SubmissionReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * One chunk of 500 generated submissions as {@code grade} handles it: read every file, then grade
 * the chunk in one launcher execution. {@code bench/jmh.sh} generates the class into {@code
 * target/bench-submissions} (another one: {@code -p dir=DIR}). Forked with C1 only, as {@code
 * grade} runs. Never part of {@code mvn verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"})
public class ClassChunkBenchmarks {
  @Param("target/bench-submissions")
  public String dir;

  private final SubmissionReader reader = new SubmissionReader();
  private Grader grader;
  private List<Path> files;
  private List<Submission> chunk;

  @Setup
  public void setUp() throws IOException {
    Rubric rubric = new RubricLoader().load(Path.of("rubrics/rnn-by-hand.json"));
    grader = new Grader(rubric);
    try (Stream<Path> listing = Files.list(Path.of(dir))) {
      files = listing.sorted().limit(500).toList();
    }
    chunk = readChunk();
  }

  /** Divide by 500 for the cost per student. */
  @Benchmark
  public List<Submission> readChunk() {
    List<Submission> read = new ArrayList<>(files.size());
    for (Path file : files) {
      String name = file.getFileName().toString();
      read.add(reader.read(name.substring(0, name.lastIndexOf('.')), file));
    }
    return read;
  }

  /** Divide by 500 for the cost per student: the platform, the judge and collecting the results. */
  @Benchmark
  public List<StudentResult> gradeChunk() {
    return grader.grade(chunk);
  }
}
