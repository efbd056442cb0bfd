package dev.byhand.grading;

import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.Answer;
import dev.byhand.submission.NearestKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to tell a student about a key the rubric does not grade as written: one sentence that {@code
 * grade} and {@code check} both use, so they give the same advice. Immutable and thread-safe.
 */
public final class KeyAdvice {
  private final Rubric rubric;
  private final AskedKeys asked;
  private final List<String> keys = new ArrayList<>();

  public KeyAdvice(Rubric rubric) {
    this.rubric = rubric;
    this.asked = new AskedKeys(rubric);
    for (Question question : rubric.questions()) {
      question.items().forEach(item -> keys.add(question.key(item)));
    }
  }

  /**
   * Why {@code answer} will not be graded, with a fix ("… is not asked for in this assignment; did
   * you mean q1.logits?"); empty when its key is graded. {@code answered} are the keys the file
   * answers, which a suggestion avoids.
   */
  public Optional<String> about(Answer answer, Set<String> answered) {
    Optional<Question> question = rubric.question(answer.key().question());
    String written = "\"" + answer.keyAsWritten() + "\"";
    if (answer.key().isQuestionOnly()) {
      // q2,BOS answers a question that asks for one item; for any other it is ambiguous.
      if (question.isPresent() && question.get().items().size() == 1) {
        return Optional.empty();
      }
      return Optional.of(
          written
              + " names "
              + (question.isPresent()
                  ? "a question but not which of its answers this is"
                  : "no question of this assignment")
              + asksFor(question));
    }
    if (asked.isAsked(answer.key())) {
      return Optional.empty();
    }
    // Within the question the student named, if the rubric has it: q2.hidden is not q1.hidden
    // misspelt.
    List<String> candidates =
        question.map(q -> q.items().stream().map(q::key).toList()).orElse(List.copyOf(keys));
    Optional<String> nearest = NearestKey.of(answer.key().toString(), candidates, answered);
    return Optional.of(
        written
            + " is not asked for in this assignment"
            + nearest.map(key -> "; did you mean " + key + "?").orElseGet(() -> asksFor(question)));
  }

  private String asksFor(Optional<Question> question) {
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
