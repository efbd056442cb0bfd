package dev.byhand.check;

import static java.util.Objects.requireNonNull;

import dev.byhand.grading.AskedKeys;
import dev.byhand.grading.Grader;
import dev.byhand.grading.ItemResult;
import dev.byhand.grading.Reading;
import dev.byhand.grading.RubricKeys;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.SelfCheck;
import dev.byhand.rubric.Visibility;
import dev.byhand.submission.Answer;
import dev.byhand.submission.AnswerKey;
import dev.byhand.submission.Location;
import dev.byhand.submission.Submission;
import dev.byhand.submission.SubmissionFinder;
import dev.byhand.submission.SubmissionReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A student's self-check of one answers file (or one student folder): reads it exactly as {@code
 * grade} does and says, per rubric item, whether it is there, readable and the right size. Says
 * which answers are right only when the rubric's self-check policy is {@code correctness}.
 * Immutable and thread-safe.
 */
public final class Checker {
  private final Rubric rubric;
  private final Grader grader;
  private final Hints hints;

  public Checker(Rubric rubric) {
    this.rubric = requireNonNull(rubric, "rubric");
    // The rubric is one student's already (or has no variants): never drawn again here.
    this.grader = Grader.withoutDrawing(rubric);
    this.hints = new Hints(rubric);
  }

  /** Checks {@code path}, a file or a student's folder; never throws for what the file holds. */
  public FileCheck check(Path path) {
    requireNonNull(path, "path");
    Submission submission = read(path, rubric);
    String name =
        submission.source().getFileName() == null
            ? path.toString()
            : submission.source().getFileName().toString();
    return check(submission, name);
  }

  /**
   * Checks {@code bytes}, the contents of a file called {@code fileName} that is not on disk
   * (picked or typed in the self-check page), exactly as {@link #check(Path)} checks the same file
   * on disk.
   */
  public FileCheck check(String fileName, byte[] bytes) {
    requireNonNull(fileName, "fileName");
    requireNonNull(bytes, "bytes");
    return check(
        new SubmissionReader(RubricKeys.of(rubric)).readContents(Path.of(fileName), bytes),
        fileName);
  }

  /** Checks what was read of a file called {@code name}; never throws for what the file holds. */
  public FileCheck check(Submission submission, String name) {
    requireNonNull(submission, "submission");
    requireNonNull(name, "name");
    boolean correctness = rubric.policies().selfCheck() == SelfCheck.CORRECTNESS;
    List<ItemCheck> items = new ArrayList<>();
    // Graded once, exactly as grade does: what is missing or unreadable here is so there.
    for (ItemResult graded : grader.grade(submission).items()) {
      ItemCheck check = item(submission, graded);
      if (check.state() == ItemState.OK && graded.reading() instanceof Reading.Read read) {
        check = check.readFrom(read.where().text());
      }
      // Even under the correctness policy, a question whose results are withheld stays withheld.
      boolean shown =
          correctness
              && submission.unreadable().isEmpty()
              && graded.question().visibility() == Visibility.VISIBLE;
      items.add(shown ? check.withGraded(graded) : check);
    }
    return new FileCheck(
        name,
        submission.format(),
        submission.unreadable(),
        items,
        new FileNotes(rubric).of(submission),
        correctness);
  }

  private static Submission read(Path path, Rubric rubric) {
    SubmissionFinder finder = new SubmissionFinder();
    return finder.read(finder.source(path), new SubmissionReader(RubricKeys.of(rubric)));
  }

  private ItemCheck item(Submission submission, ItemResult graded) {
    Question question = graded.question();
    ItemSpec item = graded.item();
    String key = question.key(item);
    if (item.manual()) {
      return check(key, ItemState.BY_TA, "", hints.of(question, item));
    }
    List<Answer> answers =
        submission.answersFor(
            new AnswerKey(question.id(), item.name()),
            AskedKeys.names(question),
            question.items().size() == 1);
    // Where grading read its answer, when the file gives the key more than once (working, then the
    // result): what check shows is what grade judged.
    Answer judged = answers.isEmpty() ? null : asGraded(question, item, answers);
    if (graded.reading() instanceof Reading.Read read
        && !(rubric.expected(question, item) instanceof Value.Mat)) {
      for (Answer answer : answers) {
        if (answer.location().equals(read.where())) {
          judged = answer;
        }
      }
    }
    String where = judged == null ? "" : where(judged.location());
    return switch (graded.status()) {
      case MISSING ->
          check(
              key,
              ItemState.MISSING,
              where,
              (answers.isEmpty() ? "no answer: add " + key + " with" : key + " is empty: write")
                  + " "
                  + hints.of(question, item));
      // MANUAL here is a computed item grading handed to a TA: byhand itself failed on it.
      case UNPARSEABLE, MANUAL -> check(key, ItemState.UNREADABLE, where, graded.feedback());
      case CORRECT, PARTIAL, FOLLOWTHROUGH, INCORRECT -> sized(question, item, judged, where);
    };
  }

  /**
   * The answer as grading reads it: a matrix written one row a line, each line starting with the
   * key, is one answer of those rows (as {@code grading.AnswerReader} takes it), not its first row.
   */
  private Answer asGraded(Question question, ItemSpec item, List<Answer> answers) {
    List<Answer> filled = answers.stream().filter(a -> !a.isBlank()).toList();
    if (rubric.expected(question, item) instanceof Value.Mat
        && filled.size() > 1
        && filled.stream().allMatch(a -> a.rowSizes().size() <= 1)) {
      return Answer.rows(filled);
    }
    return answers.get(0);
  }

  private ItemCheck sized(Question question, ItemSpec item, Answer answer, String where) {
    String key = question.key(item);
    if (rubric.expected(question, item) instanceof Value.Token) {
      return check(key, ItemState.OK, where, "");
    }
    int expected = hints.size(question, item);
    int given = answer.values().size();
    if (given == expected) {
      return rubric.expected(question, item) instanceof Value.Mat matrix
          ? rows(key, matrix, answer, where, question, item)
          : check(key, ItemState.OK, where, "");
    }
    return check(
        key,
        ItemState.WRONG_SIZE,
        where,
        key
            + " has "
            + given
            + (given == 1 ? " number" : " numbers")
            + ", expected "
            + expected
            + " ("
            + hints.what(question, item)
            + ")"
            + (given < expected ? "; was one lost when copying?" : "; remove the extra ones"));
  }

  /** Right size is right shape only when the rows are: a 3×2 matrix is not 2 rows of 3. */
  private ItemCheck rows(
      String key, Value.Mat matrix, Answer answer, String where, Question question, ItemSpec item) {
    int rows = matrix.value().rowCount();
    int columns = matrix.value().columnCount();
    List<Integer> written = answer.rowSizes();
    boolean flatIsFine = rows == 1 || columns == 1;
    boolean right =
        written.isEmpty()
            ? flatIsFine
            : written.size() == rows && written.stream().allMatch(size -> size == columns);
    if (right) {
      return check(key, ItemState.OK, where, "");
    }
    String found =
        written.isEmpty()
            ? "its numbers in one row"
            : written.size()
                + " rows of "
                + written.get(0)
                + (written.get(0) == 1 ? " number" : " numbers");
    return check(
        key,
        ItemState.WRONG_SIZE,
        where,
        key
            + " has "
            + found
            + ", expected "
            + rows
            + " rows of "
            + columns
            + " ("
            + hints.what(question, item)
            + "); write it by rows, e.g. [[1, 2], [3, 4]]");
  }

  private static ItemCheck check(String key, ItemState state, String where, String message) {
    return new ItemCheck(key, state, where, message, java.util.Optional.empty(), "");
  }

  /** {@code line 3} or {@code $.q1.hidden} (the file name is printed once, at the top). */
  static String where(Location location) {
    return location.place().isEmpty() ? location.file() : location.place();
  }
}
