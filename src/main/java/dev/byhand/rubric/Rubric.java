package dev.byhand.rubric;

import static java.util.Objects.requireNonNull;

import dev.byhand.rnn.ElmanRnn;
import dev.byhand.rnn.Rational;
import dev.byhand.rnn.Trace;
import java.util.List;
import java.util.Optional;

/**
 * An assignment: the model, the sentence, the questions, the grading policies, and the reference
 * trace computed once from them. Immutable and thread-safe.
 *
 * @param policies the rubric-wide policies (self-check, argmax ties)
 */
public record Rubric(
    String id,
    String title,
    Vocabulary vocabulary,
    ElmanRnn model,
    List<Integer> sentence,
    List<Question> questions,
    Policies policies,
    Trace reference) {
  /**
   * Rubric-wide policies.
   *
   * @param selfCheck what {@code check} may tell a student before the deadline
   * @param ties which tied prediction is accepted
   */
  public record Policies(SelfCheck selfCheck, Ties ties) {
    public static final Policies DEFAULT = new Policies(SelfCheck.FORMAT, Ties.ANY);

    public Policies {
      requireNonNull(selfCheck, "selfCheck");
      requireNonNull(ties, "ties");
    }
  }

  public Rubric {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(vocabulary, "vocabulary");
    requireNonNull(model, "model");
    sentence = List.copyOf(sentence);
    questions = List.copyOf(questions);
    requireNonNull(policies, "policies");
    requireNonNull(reference, "reference");
  }

  /** Builds the rubric and runs the model over the sentence for the reference trace. */
  public static Rubric of(
      String id, String title, Vocabulary vocabulary, ElmanRnn model, List<Integer> sentence,
      List<Question> questions, Policies policies) {
    return new Rubric(id, title, vocabulary, model, sentence, questions, policies, model.run(sentence));
  }

  public Optional<Question> question(String questionId) {
    return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }

  /** Points over every item, manual ones included. */
  public Rational maxPoints() {
    return questions.stream().map(Question::maxPoints).reduce(Rational.ZERO, Rational::add);
  }
}
