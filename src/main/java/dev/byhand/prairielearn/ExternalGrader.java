package dev.byhand.prairielearn;

import static java.util.Objects.requireNonNull;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.byhand.grading.Grader;
import dev.byhand.grading.ItemText;
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
import dev.byhand.submission.UploadFolder;
import dev.byhand.variants.StudentKey;
import dev.byhand.variants.StudentRubrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * byhand as a PrairieLearn external grader: reads {@code <root>/data/data.json} (the answers typed
 * into the question's inputs) or the files in {@code <root>/student/}, grades them with the rubric
 * at {@code <root>/tests/rubric.json} (or the one {@code rubric.json} under {@code
 * <root>/serverFilesCourse/}), and writes {@code <root>/results/results.json}, whatever was
 * submitted: a submission byhand cannot grade, or a broken rubric, is {@code gradable: false} with
 * the reason, so the student keeps the attempt.
 */
public final class ExternalGrader {
  /** Where PrairieLearn mounts the job. */
  public static final Path DEFAULT_ROOT = Path.of("/grade");

  /** The answers typed into a question's inputs, as the report names them. */
  static final String FIELDS_FILE = "answers.json";

  /** data.json is PrairieLearn's and small; a larger file is not one. */
  private static final long MAX_DATA_BYTES = 16L << 20;

  /** What happened, for the grading job's log. */
  public record Outcome(boolean graded, String summary) {
    public Outcome {
      requireNonNull(summary, "summary");
    }
  }

  private final Path root;
  private final Optional<Path> rubricFile;

  /**
   * @param rubricFile the rubric to grade with; empty to find it in the job's folders
   */
  public ExternalGrader(Path root, Optional<Path> rubricFile) {
    this.root = requireNonNull(root, "root");
    this.rubricFile = requireNonNull(rubricFile, "rubricFile");
  }

  /** {@code <root>/results/results.json}. */
  public Path results() {
    return root.resolve("results").resolve("results.json");
  }

  /**
   * Grades and writes results.json; never throws for anything submitted.
   *
   * @throws IOException only if results.json itself cannot be written
   */
  public Outcome run() throws IOException {
    String json;
    Outcome outcome;
    try {
      Rubric rubric = new RubricLoader().load(rubric());
      JsonObject data = data();
      rubric = studentsOwn(rubric, data);
      Submission submission = read(rubric, data);
      StudentResult result = Grader.withoutDrawing(rubric).grade(List.of(submission)).get(0);
      json =
          ResultsJson.graded(result, ItemText.of(rubric), !result.sourceFile().equals(FIELDS_FILE));
      outcome =
          new Outcome(
              true,
              "graded "
                  + result.sourceFile()
                  + ": "
                  + result.score().toDecimal(2).stripTrailingZeros().toPlainString()
                  + " of "
                  + result.maxScore().toDecimal(2).stripTrailingZeros().toPlainString()
                  + " points");
    } catch (Misconfigured | RubricException e) {
      json =
          ResultsJson.notGradable(
              List.of(
                  "The grader is misconfigured, so your submission was received but not graded"
                      + " (this attempt does not count). Please tell your instructor."));
      outcome = new Outcome(false, "not graded: " + e.getMessage());
    } catch (RuntimeException e) {
      // A bug in byhand must cost the student nothing but a resubmission.
      json =
          ResultsJson.notGradable(
              List.of(
                  "byhand failed while grading your submission, so it was not graded (this attempt"
                      + " does not count). Please tell your instructor."));
      outcome = new Outcome(false, "internal error, please report it: " + e);
    }
    Files.createDirectories(results().getParent());
    AtomicFile.write(results(), json, AtomicFile.Durability.SYNCED);
    return outcome;
  }

  /**
   * The numbers this submission answers: the rubric's own, or with variants those of the key
   * server.py chose ({@code params.byhand_variant}), else of the student's uid or email where the
   * job names one.
   */
  private static Rubric studentsOwn(Rubric rubric, JsonObject data) {
    if (rubric.variants().isEmpty()) {
      return rubric;
    }
    JsonObject params = SubmittedAnswers.object(data, "params");
    Optional<String> key =
        text(params, PrairieVariants.KEY_PARAM)
            .or(() -> text(data, "uid"))
            .or(() -> text(data, "email"))
            .or(() -> text(params, "uid"))
            .or(() -> text(params, "email"))
            .filter(StudentKey::usable);
    if (key.isEmpty()) {
      throw new Misconfigured(
          "the rubric has variants and data.json names none (params."
              + PrairieVariants.KEY_PARAM
              + ", which the server.py of 'byhand prairielearn package' sets) nor the student");
    }
    return StudentRubrics.forStudent(rubric, StudentKey.normalise(key.get()));
  }

  private static Optional<String> text(JsonObject object, String name) {
    JsonElement value = object.get(name);
    return value != null && value.isJsonPrimitive() && !value.getAsString().isBlank()
        ? Optional.of(value.getAsString())
        : Optional.empty();
  }

  private Path rubric() {
    if (rubricFile.isPresent()) {
      return rubricFile.get();
    }
    Path tests = root.resolve("tests").resolve("rubric.json");
    if (Files.isRegularFile(tests)) {
      return tests;
    }
    Path course = root.resolve("serverFilesCourse");
    List<Path> found = List.of();
    if (Files.isDirectory(course)) {
      try (Stream<Path> files =
          Files.find(
              course,
              4,
              (p, a) -> a.isRegularFile() && p.getFileName().toString().equals("rubric.json"))) {
        found = files.sorted().toList();
      } catch (IOException e) {
        throw new Misconfigured("cannot list " + course + ": " + e.getMessage());
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    throw new Misconfigured(
        found.isEmpty()
            ? "no rubric: put it in the question's tests/rubric.json (byhand prairielearn package"
                + " does), or pass --rubric"
            : "several rubric.json files under serverFilesCourse ("
                + found.size()
                + "); put the question's own in its tests/rubric.json, or pass --rubric");
  }

  private JsonObject data() {
    Path file = root.resolve("data").resolve("data.json");
    try {
      if (Files.size(file) > MAX_DATA_BYTES) {
        throw new Misconfigured(file + " is larger than 16 MiB");
      }
      return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8))
          .getAsJsonObject();
    } catch (IOException | JsonParseException | IllegalStateException e) {
      throw new Misconfigured("cannot read " + file + ": " + e.getMessage());
    }
  }

  /**
   * The answers typed into the inputs; when there are none, the uploaded files, one of which is
   * graded as {@code gradescope run} grades an upload.
   */
  private Submission read(Rubric rubric, JsonObject data) {
    SubmissionReader reader = new SubmissionReader(RubricKeys.of(rubric));
    JsonObject answers = SubmittedAnswers.of(rubric, data);
    Path student = root.resolve("student");
    if (answers.size() == 0 && Files.isDirectory(student)) {
      StudentSource upload = UploadFolder.of("student", student);
      if (!upload.candidates().isEmpty()) {
        return new SubmissionFinder().read(upload, reader);
      }
    }
    return reader.readContents(
        Path.of(FIELDS_FILE), answers.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The job cannot be graded through no fault of the student's. */
  private static final class Misconfigured extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Misconfigured(String message) {
      super(message);
    }
  }
}
