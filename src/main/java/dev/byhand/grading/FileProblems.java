package dev.byhand.grading;

import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.Answer;
import dev.byhand.submission.Problem;
import dev.byhand.submission.Submission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sentences about a file as a whole: why it could not be read, rows the reader skipped, and
 * answers whose key the rubric does not ask for (with the nearest key it does ask for).
 */
final class FileProblems {
  private final Rubric rubric;
  private final AskedKeys asked;

  FileProblems(Rubric rubric) {
    this.rubric = rubric;
    this.asked = new AskedKeys(rubric);
  }

  List<String> of(Submission submission) {
    List<String> problems = new ArrayList<>();
    submission.unreadable().ifPresent(why -> problems.add(named(submission, why)));
    submission.problems().stream().map(Problem::toString).forEach(problems::add);
    for (Answer answer : submission.answers()) {
      if (answer.key().isQuestionOnly()) {
        questionOnly(answer).ifPresent(problems::add);
      } else if (!asked.isAsked(answer.key())) {
        problems.add(answer.location() + ": \"" + answer.keyAsWritten() + "\" is not asked for in this assignment"
            + suggestion(answer) + "; it was not graded.");
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
    return Optional.of(answer.location() + ": \"" + answer.keyAsWritten() + "\" names "
        + (question.isPresent() ? "a question but not which of its answers this is" : "no question of this assignment")
        + suggestion(answer) + "; it was not graded.");
  }

  /** {@code mateo.csv: this is a PNG image…}; a sentence that already names its folder stays as it is. */
  private static String named(Submission submission, String why) {
    String name = String.valueOf(submission.source().getFileName());
    return why.contains(name + "/") ? why : name + ": " + why;
  }

  private String suggestion(Answer answer) {
    Optional<Question> question = rubric.question(answer.key().question());
    if (question.isPresent()) {
      return "; " + question.get().id() + " asks for "
          + String.join(", ", question.get().items().stream().map(question.get()::key).toList());
    }
    return "; the questions are " + String.join(", ", rubric.questions().stream().map(Question::id).toList());
  }
}
