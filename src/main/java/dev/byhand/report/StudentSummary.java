package dev.byhand.report;

import static java.util.Objects.requireNonNull;

import dev.byhand.exact.Rational;
import dev.byhand.grading.ItemResult;
import dev.byhand.grading.ItemText;
import dev.byhand.grading.Status;
import dev.byhand.grading.StudentResult;
import dev.byhand.submission.Submitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the class-wide outputs need of one student, and nothing more, so that a class of thousands
 * stays small in memory: no feedback sentences, no expected values, and the written answer only
 * where it was wrong. Immutable.
 *
 * @param id the student id
 * @param reportFile the student's report, relative to the reports folder
 * @param submitters who submitted, when known (from a Gradescope export); empty for a plain folder
 * @param score points earned, TA-scored manual items included
 * @param maxScore points possible
 * @param hasFileProblems whether the file as a whole had problems
 * @param items one per rubric item, in rubric order
 */
public record StudentSummary(
    String id,
    String reportFile,
    List<Submitter> submitters,
    Rational score,
    Rational maxScore,
    boolean hasFileProblems,
    List<Item> items) {
  public StudentSummary {
    requireNonNull(id, "id");
    requireNonNull(score, "score");
    submitters = List.copyOf(submitters);
    items = List.copyOf(items);
  }

  /** The submitters' names, {@code "; "}-separated; {@code ""} when unknown. */
  public String name() {
    return join(submitters, Submitter::name);
  }

  /** The submitters' emails, likewise. */
  public String email() {
    return join(submitters, Submitter::email);
  }

  /** The submitters' student ids (SIDs), likewise. */
  public String sid() {
    return join(submitters, Submitter::sid);
  }

  /**
   * One item's outcome.
   *
   * @param key {@code q1.hidden}
   * @param question {@code q1}
   * @param status the verdict; a manual item still waiting for a TA is {@link Status#MANUAL} with
   *     {@code awaitingTa}
   * @param awaitingTa whether a TA has yet to score it
   * @param points earned (a TA's override where there is one)
   * @param maxPoints possible
   * @param vector whether the item asks for a vector (identical wrong vectors are worth a look)
   * @param wrongAnswer the normalised answer when it earned less than full marks, else {@code ""}
   * @param diagnosis the id of the known mistake it matches, else {@code ""}
   * @param byhandPoints the points byhand gave: {@code points} unless a TA overrode them
   * @param overridden whether a TA overrode byhand's points
   */
  public record Item(
      String key,
      String question,
      Status status,
      boolean awaitingTa,
      Rational points,
      Rational maxPoints,
      boolean vector,
      String wrongAnswer,
      String diagnosis,
      Rational byhandPoints,
      boolean overridden) {}

  /**
   * The summary of one graded student; each item keeps its rubric item's key, one string shared by
   * every student who answers the rubric's own numbers.
   */
  static StudentSummary of(StudentResult result, String reportFile, ItemText text) {
    List<Item> items = new ArrayList<>(result.items().size());
    for (ItemResult item : result.items()) {
      items.add(item(item, item.key(), text));
    }
    return new StudentSummary(
        result.studentId(),
        reportFile,
        result.submitters(),
        result.score(),
        result.maxScore(),
        !result.fileProblems().isEmpty(),
        items);
  }

  private static Item item(ItemResult item, String key, ItemText text) {
    boolean wrong =
        switch (item.status()) {
          case INCORRECT, PARTIAL, FOLLOWTHROUGH -> true;
          case CORRECT, MISSING, UNPARSEABLE, MANUAL -> false;
        };
    return new Item(
        key,
        item.question().id(),
        item.status(),
        item.isAwaitingTa(),
        item.points(),
        item.maxPoints(),
        TraceViews.isVector(item),
        wrong ? text.given(item) : "",
        item.diagnosis().map(d -> d.id()).orElse(""),
        item.byhandPoints(),
        item.override().isPresent());
  }

  private static String join(List<Submitter> submitters, Function<Submitter, String> field) {
    if (submitters.isEmpty()) {
      return ""; // a plain folder of submissions: no stream for each of three fields
    }
    return String.join(
        "; ",
        submitters.stream().map(field).filter(Objects::nonNull).filter(s -> !s.isEmpty()).toList());
  }

  /** Points earned on one question, or empty when all its items still wait for a TA. */
  public java.util.Optional<Rational> questionPoints(String questionId) {
    // A loop rather than streams: the class outputs ask this of every student for every question.
    Rational points = Rational.ZERO;
    boolean any = false;
    boolean allAwaitingTa = true;
    for (Item item : items) {
      if (item.question().equals(questionId)) {
        points = points.add(item.points());
        any = true;
        allAwaitingTa &= item.awaitingTa();
      }
    }
    return any && allAwaitingTa ? java.util.Optional.empty() : java.util.Optional.of(points);
  }
}
