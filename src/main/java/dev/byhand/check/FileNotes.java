package dev.byhand.check;

import dev.byhand.grading.AskedKeys;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.Answer;
import dev.byhand.submission.Problem;
import dev.byhand.submission.Submission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The self-check's sentences about the rest of the file: skipped rows and keys nobody asked for.
 */
final class FileNotes {
  private final Rubric rubric;
  private final List<String> keys = new ArrayList<>();
  private final KeySuggestions suggestions;
  private final AskedKeys asked;

  FileNotes(Rubric rubric) {
    this.rubric = rubric;
    for (Question question : rubric.questions()) {
      for (ItemSpec item : question.items()) {
        keys.add(question.key(item));
      }
    }
    this.suggestions = new KeySuggestions(keys);
    this.asked = new AskedKeys(rubric);
  }

  List<String> of(Submission submission) {
    List<String> notes = new ArrayList<>();
    for (Problem problem : submission.problems()) {
      notes.add(Checker.where(problem.location()) + ": " + problem.message());
    }
    Set<String> answered = new HashSet<>();
    submission.answers().forEach(a -> answered.add(a.key().toString()));
    for (Answer answer : submission.answers()) {
      Optional<Question> question = rubric.question(answer.key().question());
      if (answer.key().isQuestionOnly()
          && question.isPresent()
          && question.get().items().size() == 1) {
        continue;
      }
      if (answer.key().isQuestionOnly() && question.isPresent()) {
        notes.add(
            Checker.where(answer.location())
                + ": \""
                + answer.keyAsWritten()
                + "\" names a question but not which of its answers this is; "
                + question.get().id()
                + " asks for "
                + String.join(
                    ", ", question.get().items().stream().map(question.get()::key).toList())
                + "; it will not be graded");
      } else if (!asked.isAsked(answer.key())) {
        notes.add(
            Checker.where(answer.location())
                + ": \""
                + answer.keyAsWritten()
                + "\" is not asked for in this assignment"
                + suggestion(answer, answered)
                + "; it will not be graded");
      }
    }
    return notes;
  }

  private String suggestion(Answer answer, Set<String> answered) {
    Optional<String> nearest = suggestions.nearest(answer.key(), answered);
    if (nearest.isPresent()) {
      return "; did you mean " + nearest.get() + "?";
    }
    Optional<Question> question = rubric.question(answer.key().question());
    if (question.isPresent()) {
      return "; "
          + question.get().id()
          + " asks for "
          + String.join(", ", question.get().items().stream().map(question.get()::key).toList());
    }
    return "; the keys are " + String.join(", ", keys);
  }
}
