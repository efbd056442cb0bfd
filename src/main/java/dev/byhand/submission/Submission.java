package dev.byhand.submission;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Everything read from one student's answers file. Reading never throws for bad content: a file
 * that cannot be read at all has {@link #unreadable()} set (and no answers); rows or values that
 * could not be used are {@link #problems()}.
 *
 * @param studentId the student's id, taken from the file or folder name; safe as a file name
 * @param source the file that was read, or the student's folder when no single file could be chosen
 * @param format the detected format, empty when unreadable
 * @param answers every answer in file order; a key may appear more than once if the student wrote
 *     it twice
 * @param problems rows or values that were skipped, each with a fix
 * @param unreadable why nothing in the file could be read, with a fix (e.g. "this is a PNG image;
 *     submit your answers as CSV or JSON")
 * @param submitters who submitted it, when known (empty for a plain submissions folder)
 * @param name the file or folder name the student id was made from, as it was found (without a
 *     file's extension, not made safe): what a student's variant is drawn for when nobody is known
 *     to have submitted it ({@code zoë.o'brien@colgate.edu} for {@code
 *     zoë.o'brien@colgate.edu.csv})
 */
public record Submission(
    String studentId,
    Path source,
    Optional<Format> format,
    List<Answer> answers,
    List<Problem> problems,
    Optional<String> unreadable,
    List<Submitter> submitters,
    String name) {
  public Submission {
    requireNonNull(studentId, "studentId");
    requireNonNull(source, "source");
    requireNonNull(format, "format");
    answers = List.copyOf(requireNonNull(answers, "answers"));
    problems = List.copyOf(requireNonNull(problems, "problems"));
    requireNonNull(unreadable, "unreadable");
    submitters = List.copyOf(requireNonNull(submitters, "submitters"));
    requireNonNull(name, "name");
  }

  /** A submission whose submitters are not known. */
  public Submission(
      String studentId,
      Path source,
      Optional<Format> format,
      List<Answer> answers,
      List<Problem> problems,
      Optional<String> unreadable) {
    this(studentId, source, format, answers, problems, unreadable, List.of(), studentId);
  }

  /** The same submission, submitted by {@code people}. */
  public Submission withSubmitters(List<Submitter> people) {
    return new Submission(studentId, source, format, answers, problems, unreadable, people, name);
  }

  /** The same submission, found under {@code foundName} (see {@link #name()}). */
  public Submission withName(String foundName) {
    return new Submission(
        studentId, source, format, answers, problems, unreadable, submitters, foundName);
  }

  public static Submission unreadable(String studentId, Path source, String why) {
    return new Submission(
        studentId, source, Optional.empty(), List.of(), List.of(), Optional.of(Clean.visible(why)));
  }

  /** Every answer written for {@code key} (see {@link AnswerKey#answers}), in file order. */
  public List<Answer> answersFor(AnswerKey key, java.util.Collection<String> siblings) {
    // A loop, not a stream: every item of every student looks its answers up here.
    List<Answer> found = new ArrayList<>(1);
    for (Answer answer : answers) {
      if (answer.key().answers(key, siblings)) {
        found.add(answer);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * The answers for {@code key}, or, when none of them holds a value and the question asks for this
   * one item only ({@code onlyItem}), the answers written under the bare question id ({@code
   * q2,BOS}); a label of the item left empty ({@code Q2. What is predicted?} with the word on a
   * line below) keeps its place. {@code siblings} are the question's item names as the rubric
   * spells them.
   */
  public List<Answer> answersFor(AnswerKey key, java.util.Set<String> siblings, boolean onlyItem) {
    List<Answer> exact = answersFor(key, siblings);
    if (!onlyItem) {
      return exact;
    }
    for (Answer answer : exact) {
      if (!answer.isBlank()) {
        return exact;
      }
    }
    List<Answer> question = answersFor(new AnswerKey(key.question(), ""), siblings);
    if (question.isEmpty()) {
      return exact;
    }
    List<Answer> both = new ArrayList<>(exact);
    both.addAll(question);
    return Collections.unmodifiableList(both);
  }
}
