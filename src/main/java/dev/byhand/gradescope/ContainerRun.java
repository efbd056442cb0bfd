package dev.byhand.gradescope;

import static java.util.Objects.requireNonNull;

import dev.byhand.grading.Grader;
import dev.byhand.grading.RubricKeys;
import dev.byhand.grading.StudentResult;
import dev.byhand.io.AtomicFile;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricException;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.submission.StudentSource;
import dev.byhand.submission.Submission;
import dev.byhand.submission.SubmissionFinder;
import dev.byhand.submission.SubmissionReader;
import dev.byhand.submission.Submitter;
import dev.byhand.submission.UploadFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Grades the one submission of a Gradescope run and writes {@code results/results.json}, whatever
 * was uploaded: the JSON is built in memory and written once, atomically. A broken rubric or a bug
 * in byhand still writes results, saying the submission was not graded.
 */
public final class ContainerRun {
  /** What happened, for the instructor's log (Gradescope shows standard output to staff only). */
  public record Outcome(boolean graded, String summary) {
    public Outcome {
      requireNonNull(summary, "summary");
    }
  }

  private static final String STUDENT_ID = "submission";

  private final AutograderRoot root;
  private final Path rubricFile;
  private final OutputFormat format;
  private final String version;
  private final BiFunction<Rubric, Submission, StudentResult> grader;

  /**
   * @param rubricFile the rubric to grade with, usually {@link AutograderRoot#rubric()}
   * @param version byhand's version, recorded in {@code extra_data}
   */
  public ContainerRun(AutograderRoot root, Path rubricFile, OutputFormat format, String version) {
    this(
        root,
        rubricFile,
        format,
        version,
        (rubric, submission) -> new Grader(rubric).grade(List.of(submission)).get(0));
  }

  /** With another grader: lets tests prove that a failure inside grading still leaves results. */
  ContainerRun(
      AutograderRoot root,
      Path rubricFile,
      OutputFormat format,
      String version,
      BiFunction<Rubric, Submission, StudentResult> grader) {
    this.root = requireNonNull(root, "root");
    this.rubricFile = requireNonNull(rubricFile, "rubricFile");
    this.format = requireNonNull(format, "format");
    this.version = requireNonNull(version, "version");
    this.grader = requireNonNull(grader, "grader");
  }

  /**
   * Grades and writes results.json; never throws for anything a student uploaded.
   *
   * @throws IOException only if results.json itself cannot be written
   */
  public Outcome run() throws IOException {
    long start = System.nanoTime();
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("generator", "byhand " + version);
    GradescopeResults results;
    Outcome outcome;
    try {
      Rubric rubric = new RubricLoader().load(rubricFile);
      StudentSource upload = UploadFolder.of(STUDENT_ID, root.submission());
      Submission submission = read(upload, rubric);
      if (rubric.variants().isPresent() && !knowsWhoSubmitted(submission)) {
        // The upload folder's name is every student's: grading under it would give everyone the
        // same numbers, and an honest student someone else's.
        throw new UnknownStudent();
      }
      StudentResult result = grader.apply(rubric, submission);
      extra.put("file", result.sourceFile());
      // Which numbers this submission was graded against, for a regrade request.
      result
          .variant()
          .ifPresent(v -> extra.put("variant", v.id() + " (student key " + v.key() + ")"));
      results =
          new ResultsBuilder(rubric, format)
              .build(result, UploadFolder.shown(upload), seconds(start), extra);
      outcome =
          new Outcome(
              true,
              "graded "
                  + result.sourceFile()
                  + ": "
                  + results.score().toPlainString()
                  + " points"
                  + (result.fileProblems().isEmpty() ? "" : "; " + result.fileProblems().get(0)));
    } catch (UnknownStudent e) {
      results =
          failure(
              "This assignment gives each student their own numbers, but Gradescope did not say who"
                  + " submitted (submission_metadata.json names no email or student id), so your"
                  + " submission was received but not graded. Please tell your instructor; this is"
                  + " not your score.",
              start,
              extra,
              e);
      outcome =
          new Outcome(
              false,
              "not graded: the rubric has variants and submission_metadata.json names no email or"
                  + " sid for this submission");
    } catch (RubricException e) {
      results =
          failure(
              "The autograder is misconfigured (its rubric cannot be loaded), so your submission was"
                  + " received but not graded. Please tell your instructor.",
              start,
              extra,
              e);
      outcome = new Outcome(false, "the packaged rubric is broken: " + e.getMessage());
    } catch (RuntimeException e) {
      // A bug in byhand must cost the student a regrade request, not a missing result.
      results =
          failure(
              "byhand failed while grading your submission, so it was received but not graded."
                  + " Please tell your instructor; this is not your score.",
              start,
              extra,
              e);
      outcome = new Outcome(false, "internal error, please report it: " + e);
    }
    // The one file Gradescope reads: on disk before it is named, whatever happens to the container
    // next.
    AtomicFile.write(root.results(), GradescopeJson.of(results), AtomicFile.Durability.SYNCED);
    return outcome;
  }

  private Submission read(StudentSource upload, Rubric rubric) {
    Submission submission =
        new SubmissionFinder().read(upload, new SubmissionReader(RubricKeys.of(rubric)));
    List<Submitter> submitters = SubmissionMetadata.submitters(root.metadata());
    return submission.withSubmitters(submitters);
  }

  private static boolean knowsWhoSubmitted(Submission submission) {
    return submission.submitters().stream()
        .anyMatch(s -> !s.email().isBlank() || !s.sid().isBlank());
  }

  /** A rubric with variants, and nobody known to have submitted: whose numbers are unknown. */
  private static final class UnknownStudent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnknownStudent() {
      super("no student key: submission_metadata.json names no email or sid");
    }
  }

  private GradescopeResults failure(
      String why, long start, Map<String, String> extra, Exception cause) {
    extra.put("error", String.valueOf(cause));
    return GradescopeResults.failure(why, format, seconds(start), extra);
  }

  private static long seconds(long start) {
    return Math.round((System.nanoTime() - start) / 1e9);
  }
}
