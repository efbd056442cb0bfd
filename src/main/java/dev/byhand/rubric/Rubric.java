package dev.byhand.rubric;

import static java.util.Objects.requireNonNull;

import dev.byhand.rnn.ElmanRnn;
import dev.byhand.rnn.Rational;
import dev.byhand.rnn.Trace;
import java.util.List;
import java.util.Optional;

/**
 * An assignment: the model, the sentence, the questions, and the reference trace computed once from
 * them. Immutable and thread-safe.
 */
public record Rubric(
    String id,
    String title,
    Vocabulary vocabulary,
    ElmanRnn model,
    List<Integer> sentence,
    List<Question> questions,
    Trace reference) {
  public Rubric {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(vocabulary, "vocabulary");
    requireNonNull(model, "model");
    sentence = List.copyOf(sentence);
    questions = List.copyOf(questions);
    requireNonNull(reference, "reference");
  }

  /** Builds the rubric and runs the model over the sentence for the reference trace. */
  public static Rubric of(
      String id, String title, Vocabulary vocabulary, ElmanRnn model, List<Integer> sentence,
      List<Question> questions) {
    return new Rubric(id, title, vocabulary, model, sentence, questions, model.run(sentence));
  }

  public Optional<Question> question(String questionId) {
    return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }

  /** Points over every item, manual ones included. */
  public Rational maxPoints() {
    return questions.stream().map(Question::maxPoints).reduce(Rational.ZERO, Rational::add);
  }
}
