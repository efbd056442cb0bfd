package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the answers and problems of one file in order, enforcing the per-answer {@link Limits}.
 * Not thread-safe: one per file read.
 */
final class AnswerSink {
  private final String fileName;
  private final KeyResolver keys;
  private String question;
  private final List<Answer> answers = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  AnswerSink(String fileName) {
    this(fileName, KeyResolver.SYNTAX_ONLY);
  }

  AnswerSink(String fileName, KeyResolver keys) {
    this.fileName = Clean.visible(fileName);
    this.keys = keys;
  }

  /**
   * What a written key names, by the rubric's items when the reader was given them; under a heading
   * such as "Question 2", a key that names nothing by itself is read as within that question.
   */
  KeyResolution key(String written) {
    KeyResolution key = keys.resolve(written);
    if (!(key instanceof KeyResolution.Found) && question != null) {
      KeyResolution within = keys.resolve(question + " " + written);
      if (within instanceof KeyResolution.Found found && keys.asks(found.key())) {
        return within;
      }
    }
    return key;
  }

  /** Whether {@code key} is one the rubric asks for (always, when reading without a rubric). */
  boolean asks(AnswerKey key) {
    return keys.asks(key);
  }

  /** The question the following lines are under ({@code q2}), or null for none. */
  void underQuestion(String questionId) {
    this.question = questionId;
  }

  String fileName() {
    return fileName;
  }

  /** Adds the answer, or a problem instead when it breaks a limit. */
  void answer(AnswerKey key, String keyAsWritten, List<String> values, Location location) {
    answer(key, keyAsWritten, Written.flat(values), location);
  }

  /**
   * Adds the answer with its text as written ({@code text}), or a problem when it breaks a limit.
   */
  void answer(
      AnswerKey key, String keyAsWritten, List<String> values, Location location, String text) {
    answer(key, keyAsWritten, Written.flat(values).withText(text), location);
  }

  /** Adds the answer with its rows and text, or a problem instead when it breaks a limit. */
  void answer(AnswerKey key, String keyAsWritten, Written written, Location location) {
    List<String> values = written.values();
    String text = written.text();
    if (values.size() > Limits.MAX_VALUES) {
      problem(
          location,
          key
              + " has "
              + values.size()
              + " values, more than the limit of "
              + Limits.MAX_VALUES
              + "; write only the numbers the question asks for");
      return;
    }
    for (String value : values) {
      if (value.length() > Limits.MAX_VALUE_CHARS) {
        problem(
            location,
            "a value of "
                + key
                + " has "
                + value.length()
                + " characters, more than the limit of "
                + Limits.MAX_VALUE_CHARS
                + "; write one number or word per value");
        return;
      }
    }
    // Student text leaves the reader inert: no escape sequence or bidi control reaches any output.
    List<String> inert = new ArrayList<>(values.size());
    for (String value : values) {
      inert.add(Clean.visible(value));
    }
    String shortText = text.length() > Limits.MAX_VALUE_CHARS * 4 ? "" : text;
    answers.add(
        new Answer(
            key,
            Clean.visible(keyAsWritten),
            inert,
            location,
            Clean.visible(shortText),
            written.rowSizes()));
  }

  void problem(Location location, String message) {
    problems.add(new Problem(location, Clean.visible(message)));
  }

  List<Answer> answers() {
    return List.copyOf(answers);
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }
}
