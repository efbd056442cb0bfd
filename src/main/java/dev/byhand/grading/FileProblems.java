package dev.byhand.grading;

import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.Answer;
import dev.byhand.submission.NearestKey;
import dev.byhand.submission.Problem;
import dev.byhand.submission.Submission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sentences about a file as a whole: why it could not be read, rows the reader skipped, and
 * answers whose key the rubric does not ask for (with the nearest key it does ask for).
 */
final class FileProblems {
  private final Rubric rubric;
  private final AskedKeys asked;
  private final List<String> keys = new ArrayList<>();

  FileProblems(Rubric rubric) {
    this.rubric = rubric;
    this.asked = new AskedKeys(rubric);
    for (Question question : rubric.questions()) {
      question.items().forEach(item -> keys.add(question.key(item)));
    }
  }

  List<String> of(Submission submission) {
    List<String> problems = new ArrayList<>();
    Set<String> answered = new HashSet<>();
    submission.answers().forEach(a -> answered.add(a.key().toString()));
    submission.unreadable().ifPresent(why -> problems.add(named(submission, why)));
    submission.problems().stream().map(Problem::toString).forEach(problems::add);
    for (Answer answer : submission.answers()) {
      if (answer.key().isQuestionOnly()) {
        questionOnly(answer).ifPresent(problems::add);
      } else if (!asked.isAsked(answer.key())) {
        problems.add(
            answer.location()
                + ": \""
                + answer.keyAsWritten()
                + "\" is not asked for in this assignment"
                + suggestion(answer, answered)
                + "; it was not graded.");
      }
    }
    return problems;
  }

  /** {@code q2,BOS} answers a question that asks for one item; for any other it is ambiguous. */
  private Optional<String> questionOnly(Answer answer) {
    Optional<Question> question = rubric.question(answer.key().question());
    if (question.isPresent() && question.get().items().size() == 1) {
      return Optional.empty();
    }
    return Optional.of(
        answer.location()
            + ": \""
            + answer.keyAsWritten()
            + "\" names "
            + (question.isPresent()
                ? "a question but not which of its answers this is"
                : "no question of this assignment")
            + suggestion(answer)
            + "; it was not graded.");
  }

  /**
   * {@code mateo.csv: this is a PNG image…}; a sentence that already names its folder stays as it
   * is.
   */
  private static String named(Submission submission, String why) {
    String name = String.valueOf(submission.source().getFileName());
    return why.contains(name + "/") ? why : name + ": " + why;
  }

  /**
   * "did you mean q1.logits?" when a key is a typing mistake away, else what the question asks for.
   */
  private String suggestion(Answer answer, Set<String> answered) {
    // Within the question the student named, if the rubric has it: q2.hidden is not q1.hidden
    // misspelt.
    Optional<Question> question = rubric.question(answer.key().question());
    List<String> candidates =
        question.map(q -> q.items().stream().map(q::key).toList()).orElse(List.copyOf(keys));
    Optional<String> nearest = NearestKey.of(answer.key().toString(), candidates, answered);
    return nearest.map(key -> "; did you mean " + key + "?").orElseGet(() -> suggestion(answer));
  }

  private String suggestion(Answer answer) {
    Optional<Question> question = rubric.question(answer.key().question());
    if (question.isPresent()) {
      return "; "
          + question.get().id()
          + " asks for "
          + String.join(", ", question.get().items().stream().map(question.get()::key).toList());
    }
    return "; the questions are "
        + String.join(", ", rubric.questions().stream().map(Question::id).toList());
  }
}
