package dev.byhand.report;

import dev.byhand.grading.ItemResult;
import dev.byhand.grading.StudentResult;
import dev.byhand.rnn.Rational;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.Visibility;
import java.util.ArrayList;
import java.util.List;

/** Builds the view of one student's report from their results. Stateless. */
public final class StudentReportViews {
  /** Shown instead of points that a TA has yet to give. */
  static final String PENDING = "–";
  /** The verdict of a manual item a TA has not scored yet. */
  static final String AWAITING_TA = "Awaiting TA";

  private final Rubric rubric;

  public StudentReportViews(Rubric rubric) {
    this.rubric = rubric;
  }

  public StudentReportView of(StudentResult result) {
    List<StudentReportView.QuestionView> questions = new ArrayList<>();
    for (Question question : rubric.questions()) {
      List<ItemResult> items = itemsOf(result, question);
      Rational earned = items.stream().map(ItemResult::points).reduce(Rational.ZERO, Rational::add);
      questions.add(new StudentReportView.QuestionView(question.id(), question.text(), context(question),
          awaitingTa(items) ? PENDING : Numbers.points(earned), Numbers.points(question.maxPoints()),
          items.stream().map(StudentReportViews::item).toList()));
    }
    return new StudentReportView(
        result.studentId() + " — " + rubric.title(),
        rubric.title(),
        result.studentId(),
        result.sourceFile(),
        Numbers.points(result.score()),
        Numbers.points(result.maxScore()),
        Numbers.percent(result.score(), result.maxScore()),
        pendingNote(result),
        result.fileProblems(),
        questions,
        TraceViews.of(result));
  }

  /**
   * The student's items of one question. Compares by identity first: the results carry the rubric's
   * own questions, and a record's equals compares every field, the question text included.
   */
  private static List<ItemResult> itemsOf(StudentResult result, Question question) {
    List<ItemResult> items = new ArrayList<>(question.items().size());
    for (ItemResult item : result.items()) {
      if (item.question() == question || item.question().equals(question)) {
        items.add(item);
      }
    }
    return items;
  }

  private static boolean awaitingTa(List<ItemResult> items) {
    return !items.isEmpty() && items.stream().allMatch(ItemResult::isAwaitingTa);
  }

  private String context(Question question) {
    if (question.isManual()) {
      return "";
    }
    int step = question.step().getAsInt();
    String word = rubric.vocabulary().word(rubric.sentence().get(step - 1));
    return "step " + step + ", reading \"" + word + "\"";
  }

  private static StudentReportView.ItemView item(ItemResult item) {
    return new StudentReportView.ItemView(
        item.key(), item.question().label(item.item()), item.given(), shownExpected(item), item.status().id(),
        item.isAwaitingTa() ? AWAITING_TA : item.status().label(),
        item.isAwaitingTa() ? PENDING : Numbers.points(item.points()),
        Numbers.points(item.maxPoints()), item.feedback());
  }

  /** Reference values are shown only for questions whose visibility allows it. */
  private static String shownExpected(ItemResult item) {
    return item.question().visibility() == Visibility.VISIBLE ? item.expected() : "";
  }


  private static String pendingNote(StudentResult result) {
    Rational pending = result.pendingPoints();
    if (pending.signum() == 0) {
      return "";
    }
    List<String> keys = result.items().stream().filter(ItemResult::isAwaitingTa).map(ItemResult::key).toList();
    return Numbers.points(pending) + (pending.equals(Rational.ONE) ? " point is" : " points are")
        + " graded by a TA (" + String.join(", ", keys) + ") and not included yet.";
  }
}
