package dev.byhand.grading;

import dev.byhand.exact.Rational;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricItem;
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
import java.util.Optional;
import java.util.OptionalInt;

/** Reads one item of a submission into numbers or a token, or says why it cannot. Thread-safe. */
final class AnswerReader {
  private final Vocabulary vocabulary;

  /** The item names of each question, which a synonym the student wrote must not be. */
  private final AskedKeys asked;

  AnswerReader(Rubric rubric) {
    this.vocabulary = rubric.vocabulary();
    this.asked = new AskedKeys(rubric);
  }

  /**
   * What the student wrote for {@code rubricItem}, a computed item (its reference gives the shape
   * numbers are read into); never null.
   */
  Reading read(Submission submission, RubricItem rubricItem) {
    Question question = rubricItem.question();
    ItemSpec item = rubricItem.spec();
    if (submission.unreadable().isPresent()) {
      // The reason is stated once, among the file's problems; repeating it per item buries it.
      return new Reading.Unreadable(
          "",
          Optional.empty(),
          "Not graded: your file could not be read (see the problem with your file above).");
    }
    List<Answer> written =
        submission.answersFor(
            new AnswerKey(question.id(), item.name()),
            asked.names(question.id()),
            question.items().size() == 1);
    List<Answer> answers = withoutBlanks(written);
    List<Answer> sure = answers.stream().filter(a -> a.refusal().isEmpty()).toList();
    if (sure.isEmpty() && !answers.isEmpty()) {
      // The key is in the file but its value is not sure: refused with the reader's sentence,
      // never called missing.
      Answer refused = answers.get(0);
      return new Reading.Unreadable(
          refused.text(), Optional.of(refused.location()), refused.refusal().orElseThrow());
    }
    answers = sure;
    if (answers.isEmpty()) {
      String key = rubricItem.key();
      return new Reading.Missing(
          Optional.empty(),
          "There is no answer for "
              + key
              + ". "
              + submission.format().orElse(Format.CSV).howToAdd(key));
    }
    Value expected = rubricItem.reference().orElseThrow();
    if (!(expected instanceof Value.Token)) {
      answers = withoutWorking(answers);
    }
    if (expected instanceof Value.Mat
        && answers.size() > 1
        && answers.stream().allMatch(a -> !a.isBlank() && a.rowSizes().size() <= 1)) {
      // A matrix written one row a line, each line starting with the key.
      return numbers(question, item, Answer.rows(answers), expected);
    }
    if (answers.size() > 1 && answers.stream().map(Answer::values).distinct().count() > 1) {
      return new Reading.Unreadable(
          "",
          Optional.empty(),
          question.key(item)
              + " is answered more than once"
              + " with different values ("
              + String.join(", ", answers.stream().map(a -> a.location().toString()).toList())
              + "). Keep only the answer you want graded.");
    }
    Answer answer = answers.get(0);
    if (answer.isBlank()) {
      return new Reading.Missing(
          Optional.of(answer.location()),
          question.key(item)
              + " is there but empty ("
              + answer.location()
              + "). Write your answer after the key.");
    }
    return expected instanceof Value.Token
        ? token(question, item, answer)
        : numbers(question, item, answer, expected);
  }

  /** How far below its working a result may be written (a blank line between, as PDFs paste). */
  private static final int WORKING_ABOVE_RESULT = 3;

  /**
   * Shown working just above the answer is not a second answer: of several answers to one item, one
   * that is a computation ({@code h2 = h1 W + E(the) U = [31, −14, 19] + [31, 19, 15]}, {@code
   * Output: h1 V = [5+16+0, …]}, {@code h_1 = ReLU([5, 4, -1])}: an operator or a function applied,
   * among values that are not all numbers) is left out when an answer of numbers only follows it
   * within {@value #WORKING_ABOVE_RESULT} lines, as its result. Working anywhere else is still a
   * second answer.
   */
  private static List<Answer> withoutWorking(List<Answer> answers) {
    if (answers.size() < 2) {
      return answers;
    }
    List<Answer> kept = new ArrayList<>(answers.size());
    for (Answer answer : answers) {
      if (!(isWorking(answer) && resultBelow(answer, answers))) {
        kept.add(answer);
      }
    }
    return kept;
  }

  private static boolean resultBelow(Answer working, List<Answer> answers) {
    OptionalInt line = working.location().line();
    if (line.isEmpty()) {
      return false;
    }
    for (Answer answer : answers) {
      OptionalInt at = answer.location().line();
      if (at.isPresent()
          && at.getAsInt() > line.getAsInt()
          && at.getAsInt() <= line.getAsInt() + WORKING_ABOVE_RESULT
          && isNumbers(answer)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWorking(Answer answer) {
    String text = answer.text();
    boolean operator = false;
    for (int i = 0; i < text.length() && !operator; i++) {
      char c = text.charAt(i);
      // An operator, or a function's bracket right after its name (ReLU([5, 4, -1])).
      operator =
          "+*=\u00b7\u00d7\u22c5".indexOf(c) >= 0
              || (c == '(' && i > 0 && Character.isLetter(text.charAt(i - 1)));
    }
    return operator && !isNumbers(answer);
  }

  private static boolean isNumbers(Answer answer) {
    return !answer.values().isEmpty() && NumberReader.allNumbers(answer.values());
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

  private static Reading numbers(Question question, ItemSpec item, Answer answer, Value expected) {
    List<Rational> numbers = new ArrayList<>();
    for (int i = 0; i < answer.values().size(); i++) {
      try {
        numbers.add(NumberReader.parse(answer.values().get(i)));
      } catch (NotANumberException e) {
        return new Reading.Unreadable(
            String.join(" ", answer.values()),
            Optional.of(answer.location()),
            "Entry "
                + (i + 1)
                + " of "
                + question.key(item)
                + " ("
                + answer.location()
                + "): "
                + e.getMessage());
      }
    }
    List<Integer> rows = answer.rowSizes();
    if (rows.size() > 1 && rows.stream().distinct().count() > 1) {
      return new Reading.Unreadable(
          String.join(" ", answer.values()),
          Optional.of(answer.location()),
          question.key(item)
              + " ("
              + answer.location()
              + ") has rows of "
              + rows.stream()
                  .map(String::valueOf)
                  .collect(java.util.stream.Collectors.joining(", "))
              + " numbers; every row of a matrix needs the"
              + " same count ("
              + expected.shape()
              + " is expected).");
    }
    return new Reading.Read(Shapes.asWritten(numbers, rows, expected), answer.location());
  }

  private Reading token(Question question, ItemSpec item, Answer answer) {
    OptionalInt id =
        answer.values().size() == 1
            ? TokenSyntax.tokenId(vocabulary, answer.values().get(0))
            : OptionalInt.empty();
    if (id.isPresent()) {
      return new Reading.Read(
          new Value.Token(new java.util.TreeSet<>(List.of(id.getAsInt()))), answer.location());
    }
    String key = question.key(item);
    String written = String.join(" ", answer.values());
    TokenText.Reading decorated = TokenText.read(answer.text(), vocabulary.words());
    if (decorated.id().isPresent()) {
      return new Reading.Read(
          new Value.Token(new java.util.TreeSet<>(List.of(decorated.id().getAsInt()))),
          answer.location());
    }
    if (!decorated.why().isEmpty()) {
      return new Reading.Unreadable(
          written,
          Optional.of(answer.location()),
          "\""
              + answer.text()
              + "\" ("
              + answer.location()
              + ") for "
              + key
              + ": "
              + decorated.why()
              + ".");
    }
    if (answer.values().size() != 1) {
      return new Reading.Unreadable(
          written,
          Optional.of(answer.location()),
          "Write one token for "
              + key
              + " ("
              + answer.location()
              + "), a word such as "
              + vocabulary.word(0)
              + " or its token id, not "
              + answer.values().size()
              + " values.");
    }
    return new Reading.Unreadable(
        written,
        Optional.of(answer.location()),
        "\""
            + written
            + "\" ("
            + answer.location()
            + ") is not a word of the vocabulary "
            + vocabulary.words()
            + " nor a token id 0–"
            + (vocabulary.size() - 1)
            + ".");
  }
}
