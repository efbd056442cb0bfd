package dev.byhand.report;

import dev.byhand.exact.Rational;
import dev.byhand.grading.ItemResult;
import dev.byhand.grading.ItemText;
import dev.byhand.grading.StudentResult;
import dev.byhand.grading.TaOverride;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.Variant;
import dev.byhand.rubric.Visibility;
import dev.byhand.submission.Location;
import java.util.ArrayList;
import java.util.List;

/** Builds the view of one student's report from their results. Stateless. */
public final class StudentReportViews {
  /** Shown instead of points that a TA has yet to give. */
  static final String PENDING = "–";

  /** The verdict of a manual item a TA has not scored yet. */
  static final String AWAITING_TA = "Awaiting TA";

  private final Rubric rubric;
  private final ItemText text;

  /** What depends on the rubric alone, built once per run rather than once per student. */
  private final List<QuestionFrame> frames;

  public StudentReportViews(Rubric rubric) {
    this.rubric = rubric;
    this.text = ItemText.of(rubric);
    this.frames = rubric.questions().stream().map(this::frame).toList();
  }

  public StudentReportView of(StudentResult result) {
    List<List<ItemResult>> byQuestion = itemsByQuestion(result);
    List<StudentReportView.QuestionView> questions = new ArrayList<>(frames.size());
    for (int q = 0; q < frames.size(); q++) {
      QuestionFrame frame = frames.get(q);
      List<ItemResult> items = byQuestion.get(q);
      Rational earned = Rational.ZERO;
      List<StudentReportView.ItemView> views = new ArrayList<>(items.size());
      for (ItemResult item : items) {
        earned = earned.add(item.points());
        views.add(item(frame, item));
      }
      Question question = frame.question();
      questions.add(
          new StudentReportView.QuestionView(
              question.id(),
              question.text(),
              frame.context(),
              awaitingTa(items) ? PENDING : Numbers.points(earned),
              frame.maxPoints(),
              views));
    }
    // StudentResult sums its items on every call: once each here.
    Rational score = result.score();
    Rational maxScore = result.maxScore();
    return new StudentReportView(
        result.studentId() + " — " + rubric.title(),
        rubric.title(),
        result.studentId(),
        result.sourceFile(),
        Numbers.points(score),
        Numbers.points(maxScore),
        Numbers.percent(score, maxScore),
        pendingNote(result),
        result.fileProblems(),
        questions,
        TraceViews.of(result, text),
        result.variant().map(StudentReportViews::own).stream().toList());
  }

  private static StudentReportView.OwnValues own(Variant variant) {
    List<StudentReportView.NamedValue> values = new ArrayList<>();
    variant
        .values()
        .forEach(
            (name, value) ->
                values.add(
                    new StudentReportView.NamedValue(
                        name,
                        ValueRows.of(value).stream()
                            .map(StudentReportView.EntryRow::new)
                            .toList())));
    return new StudentReportView.OwnValues(variant.id(), values);
  }

  /**
   * The student's items, grouped by the rubric's questions in one pass. Compares by identity first:
   * the results carry the rubric's own questions, and a record's equals compares every field, the
   * question text included.
   */
  private List<List<ItemResult>> itemsByQuestion(StudentResult result) {
    List<List<ItemResult>> byQuestion = new ArrayList<>(frames.size());
    for (QuestionFrame frame : frames) {
      byQuestion.add(new ArrayList<>(frame.items().size()));
    }
    for (ItemResult item : result.items()) {
      int q = indexOf(item.question());
      if (q >= 0) {
        byQuestion.get(q).add(item);
      }
    }
    return byQuestion;
  }

  private int indexOf(Question question) {
    for (int q = 0; q < frames.size(); q++) {
      if (frames.get(q).question() == question) {
        return q;
      }
    }
    for (int q = 0; q < frames.size(); q++) {
      if (frames.get(q).question().equals(question)) {
        return q;
      }
    }
    return -1;
  }

  private static boolean awaitingTa(List<ItemResult> items) {
    return !items.isEmpty() && items.stream().allMatch(ItemResult::isAwaitingTa);
  }

  private QuestionFrame frame(Question question) {
    List<ItemFrame> items =
        question.items().stream()
            .map(
                spec ->
                    new ItemFrame(
                        spec,
                        question.key(spec),
                        question.label(spec),
                        Numbers.points(spec.points())))
            .toList();
    return new QuestionFrame(
        question, context(question), Numbers.points(question.maxPoints()), items);
  }

  private String context(Question question) {
    if (question.isManual()) {
      return "";
    }
    if (question.position() == 0) {
      return "";
    }
    int step = question.position();
    if (!rubric.hasSentence()) {
      return "step " + step;
    }
    String word = rubric.word(step);
    return "step " + step + ", reading \"" + word + "\"";
  }

  private StudentReportView.ItemView item(QuestionFrame question, ItemResult item) {
    ItemFrame frame = question.item(item.item());
    return new StudentReportView.ItemView(
        frame.key(),
        frame.label(),
        text.given(item),
        shownExpected(item),
        item.status().id(),
        item.isAwaitingTa() ? AWAITING_TA : item.status().label(),
        item.isAwaitingTa() ? PENDING : Numbers.points(item.points()),
        frame.maxPoints(),
        item.feedback(),
        item.reading().source().map(Location::quoted).orElse(""),
        item.override().map(o -> overrideNote(item, o)).orElse(""));
  }

  /** {@code byhand: 1/3 — changed by a TA to 3/3: read the column vector as intended}. */
  static String overrideNote(ItemResult item, TaOverride override) {
    String max = Numbers.points(item.maxPoints());
    return "byhand: "
        + Numbers.points(override.byhandPoints())
        + "/"
        + max
        + " — changed by a TA to "
        + Numbers.points(item.points())
        + "/"
        + max
        + (override.comment().isEmpty() ? "." : ": " + override.comment());
  }

  /** Reference values are shown only for questions whose visibility allows it. */
  private String shownExpected(ItemResult item) {
    return item.question().visibility() == Visibility.VISIBLE ? text.expected(item) : "";
  }

  private static String pendingNote(StudentResult result) {
    Rational pending = result.pendingPoints();
    if (pending.signum() == 0) {
      return "";
    }
    List<String> keys =
        result.items().stream().filter(ItemResult::isAwaitingTa).map(ItemResult::key).toList();
    return Numbers.points(pending)
        + (pending.equals(Rational.ONE) ? " point is" : " points are")
        + " graded by a TA ("
        + String.join(", ", keys)
        + ") and not included yet.";
  }

  /** A rubric question with the texts every report shows for it. */
  private record QuestionFrame(
      Question question, String context, String maxPoints, List<ItemFrame> items) {
    /**
     * The frame of {@code spec}, by identity first like the questions; built on the spot if
     * unknown.
     */
    ItemFrame item(ItemSpec spec) {
      for (ItemFrame item : items) {
        if (item.spec() == spec) {
          return item;
        }
      }
      return items.stream()
          .filter(item -> item.spec().equals(spec))
          .findFirst()
          .orElseGet(
              () ->
                  new ItemFrame(
                      spec,
                      question.key(spec),
                      question.label(spec),
                      Numbers.points(spec.points())));
    }
  }

  /** A rubric item: {@code q1.hidden}, {@code hidden state h1}, its possible points. */
  private record ItemFrame(ItemSpec spec, String key, String label, String maxPoints) {}
}
