package dev.byhand.grading;

import dev.byhand.rnn.Rational;
import dev.byhand.rnn.Vector;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Vocabulary;
import dev.byhand.submission.Answer;
import dev.byhand.submission.AnswerKey;
import dev.byhand.submission.Format;
import dev.byhand.submission.NotANumberException;
import dev.byhand.submission.NumberReader;
import dev.byhand.submission.Submission;
import dev.byhand.submission.TokenText;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Reads one item of a submission into numbers or a token, or says why it cannot. Thread-safe. */
final class AnswerReader {
  private final Vocabulary vocabulary;

  AnswerReader(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Never null; the item's key is spelled out only in what a failed reading says. */
  Reading read(Submission submission, Question question, ItemSpec item) {
    if (submission.unreadable().isPresent()) {
      // The reason is stated once, among the file's problems; repeating it per item buries it.
      return new Reading.Failed(Status.UNPARSEABLE, "",
          "Not graded: your file could not be read (see the problem with your file above).");
    }
    List<Answer> written = submission.answersFor(new AnswerKey(question.id(), item.name()),
        question.items().size() == 1);
    List<Answer> answers = withoutBlanks(written);
    if (answers.isEmpty()) {
      String key = question.key(item);
      return new Reading.Failed(Status.MISSING, "", "There is no answer for " + key + ". "
          + submission.format().orElse(Format.CSV).howToAdd(key));
    }
    if (answers.size() > 1 && answers.stream().map(Answer::values).distinct().count() > 1) {
      return new Reading.Failed(Status.UNPARSEABLE, "", question.key(item) + " is answered more than once"
          + " with different values (" + String.join(", ", answers.stream().map(a -> a.location().toString())
          .toList()) + "). Keep only the answer you want graded.");
    }
    Answer answer = answers.get(0);
    if (answer.isBlank()) {
      return new Reading.Failed(Status.MISSING, "", question.key(item) + " is there but empty ("
          + answer.location() + "). Write your answer after the key.");
    }
    return item.kind().isVector() ? numbers(question, item, answer) : token(question, item, answer);
  }

  /** A template's empty line left above the filled-in one is not a second answer. */
  private static List<Answer> withoutBlanks(List<Answer> written) {
    List<Answer> filled = new ArrayList<>(written.size());
    for (Answer answer : written) {
      if (!answer.isBlank()) {
        filled.add(answer);
      }
    }
    return filled.isEmpty() ? written : filled;
  }

  private static Reading numbers(Question question, ItemSpec item, Answer answer) {
    List<Rational> numbers = new ArrayList<>();
    for (int i = 0; i < answer.values().size(); i++) {
      try {
        numbers.add(NumberReader.parse(answer.values().get(i)));
      } catch (NotANumberException e) {
        return new Reading.Failed(Status.UNPARSEABLE, String.join(" ", answer.values()), "Entry " + (i + 1)
            + " of " + question.key(item) + " (" + answer.location() + "): " + e.getMessage());
      }
    }
    return new Reading.Numbers(new Vector(numbers), answer);
  }

  private Reading token(Question question, ItemSpec item, Answer answer) {
    OptionalInt id = answer.values().size() == 1
        ? TokenSyntax.tokenId(vocabulary, answer.values().get(0)) : OptionalInt.empty();
    if (id.isPresent()) {
      return new Reading.Token(id.getAsInt(), answer);
    }
    String key = question.key(item);
    String written = String.join(" ", answer.values());
    TokenText.Reading decorated = TokenText.read(answer.text(), vocabulary.words());
    if (decorated.id().isPresent()) {
      return new Reading.Token(decorated.id().getAsInt(), answer);
    }
    if (!decorated.why().isEmpty()) {
      return new Reading.Failed(Status.UNPARSEABLE, written, "\"" + answer.text() + "\" (" + answer.location()
          + ") for " + key + ": " + decorated.why() + ".");
    }
    if (answer.values().size() != 1) {
      return new Reading.Failed(Status.UNPARSEABLE, written, "Write one token for " + key + " ("
          + answer.location() + "), a word such as " + vocabulary.word(0) + " or its token id, not "
          + answer.values().size() + " values.");
    }
    return new Reading.Failed(Status.UNPARSEABLE, written, "\"" + written + "\" (" + answer.location()
        + ") is not a word of the vocabulary " + vocabulary.words() + " nor a token id 0–"
        + (vocabulary.size() - 1) + ".");
  }
}
