package dev.byhand.report;

import dev.byhand.exact.Rational;
import dev.byhand.grading.Status;
import dev.byhand.report.IndexView.ItemRow;
import dev.byhand.report.IndexView.QuestionRow;
import dev.byhand.report.IndexView.Share;
import dev.byhand.report.IndexView.StudentRow;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the class overview from the students' summaries and a {@link Tally} of them. Stateless.
 */
final class IndexViews {
  /** The order of a verdict bar, best to worst. */
  private static final List<Status> ORDER =
      List.of(
          Status.CORRECT,
          Status.PARTIAL,
          Status.FOLLOWTHROUGH,
          Status.INCORRECT,
          Status.MISSING,
          Status.UNPARSEABLE,
          Status.MANUAL);

  private IndexViews() {}

  /** {@code tally} must have had every one of {@code students} added, and no one else. */
  static IndexView of(
      Rubric rubric,
      List<StudentSummary> students,
      Tally tally,
      String clustersFile,
      int clusterCount,
      int fitCount,
      ItemAnalysis analysis) {
    List<Rational> scores = students.stream().map(StudentSummary::score).toList();
    List<QuestionRow> questions = new ArrayList<>();
    for (Question question : rubric.questions()) {
      List<ItemRow> items =
          question.items().stream()
              .map(item -> item(question.key(item), tally.verdicts, students.size()))
              .toList();
      questions.add(
          new QuestionRow(
              question.id(),
              question.text(),
              tally.average(question),
              Numbers.points(question.maxPoints()),
              items));
    }
    return new IndexView(
        "Class overview — " + rubric.title(),
        rubric.title(),
        students.size(),
        scores.isEmpty() ? "–" : Numbers.points(ClassStatistics.mean(scores)),
        scores.isEmpty() ? "–" : Numbers.points(ClassStatistics.median(scores)),
        Numbers.points(rubric.maxPoints()),
        pendingNote(rubric, tally.verdicts),
        overrideNote(rubric, tally.overrides),
        tally.chart.chart(),
        questions,
        tally.mistakes.mistakes(),
        students.stream().map(IndexViews::row).toList(),
        clustersFile,
        clusterCount,
        rubric.variants().isPresent(),
        fitCount,
        AnalysisView.of(analysis));
  }

  /**
   * What the overview counts over the class, gathered as students are graded rather than in passes
   * over the whole class at the end of a run, where they ran on one core and mostly uncompiled. Not
   * thread-safe.
   */
  static final class Tally {
    /**
     * For every item key, how many students got each verdict of {@link #ORDER}, then how many await
     * a TA.
     */
    private final Map<String, int[]> verdicts = new HashMap<>();

    /** For every item key a TA overrode byhand's mark on, for how many students. */
    private final Map<String, Integer> overrides = new HashMap<>();

    private final List<Question> questions;

    /** Per question: the sum of the known points, and how many students they are known for. */
    private final Rational[] pointSums;

    private final int[] pointCounts;
    private final ScoreChart.Tally chart;
    private final Mistakes.Tally mistakes = new Mistakes.Tally();

    Tally(Rubric rubric) {
      questions = rubric.questions();
      pointSums = new Rational[questions.size()];
      Arrays.fill(pointSums, Rational.ZERO);
      pointCounts = new int[questions.size()];
      chart = new ScoreChart.Tally(rubric.maxPoints());
    }

    void add(StudentSummary student) {
      for (StudentSummary.Item item : student.items()) {
        int[] counts = verdicts.computeIfAbsent(item.key(), key -> new int[ORDER.size() + 1]);
        counts[item.awaitingTa() ? ORDER.size() : ORDER.indexOf(item.status())]++;
        if (item.overridden()) {
          overrides.merge(item.key(), 1, Integer::sum);
        }
      }
      // Over the students whose points on a question are known (a TA may not have scored everyone).
      for (int q = 0; q < questions.size(); q++) {
        Optional<Rational> points = student.questionPoints(questions.get(q).id());
        if (points.isPresent()) {
          pointSums[q] = pointSums[q].add(points.get());
          pointCounts[q]++;
        }
      }
      chart.add(student.score());
      mistakes.add(student);
    }

    private String average(Question question) {
      int q = questions.indexOf(question);
      return pointCounts[q] == 0
          ? "–"
          : Numbers.points(pointSums[q].divide(Rational.of(pointCounts[q])));
    }
  }

  private static ItemRow item(String key, Map<String, int[]> tallies, int studentCount) {
    int[] counts = tallies.getOrDefault(key, new int[ORDER.size() + 1]);
    List<Share> shares = new ArrayList<>();
    for (int i = 0; i <= ORDER.size(); i++) {
      if (counts[i] > 0) {
        shares.add(share(i, counts[i], studentCount));
      }
    }
    return new ItemRow(key, shares);
  }

  private static Share share(int index, int count, int total) {
    String percent = Rational.of(count * 100L, total).toDecimal(1).toPlainString();
    if (index == ORDER.size()) {
      return new Share("awaiting", "awaiting TA", count, percent);
    }
    Status status = ORDER.get(index);
    String label =
        switch (status) {
          case CORRECT -> "correct";
          case PARTIAL -> "partial";
          case FOLLOWTHROUGH -> "follow-through";
          case INCORRECT -> "wrong";
          case MISSING -> "missing";
          case UNPARSEABLE -> "unreadable";
          case MANUAL -> "scored by TA";
        };
    return new Share(status.id(), label, count, percent);
  }

  private static String pendingNote(Rubric rubric, Map<String, int[]> tallies) {
    List<String> notes = new ArrayList<>();
    for (RubricItem item : rubric.items()) {
      String key = item.key();
      int waiting = tallies.getOrDefault(key, new int[ORDER.size() + 1])[ORDER.size()];
      if (waiting > 0) {
        notes.add(
            key + " is awaiting a TA for " + waiting + (waiting == 1 ? " student" : " students"));
      }
    }
    return notes.isEmpty()
        ? ""
        : String.join("; ", notes) + "; those points are not in the scores yet.";
  }

  private static String overrideNote(Rubric rubric, Map<String, Integer> overrides) {
    List<String> notes = new ArrayList<>();
    for (RubricItem item : rubric.items()) {
      int count = overrides.getOrDefault(item.key(), 0);
      if (count > 0) {
        notes.add(item.key() + " for " + count + (count == 1 ? " student" : " students"));
      }
    }
    return notes.isEmpty()
        ? ""
        : "A TA changed byhand's mark on "
            + String.join(", ", notes)
            + "; the scores and figures use the TA's points, and each report shows both.";
  }

  private static StudentRow row(StudentSummary student) {
    Rational pending = Rational.ZERO;
    for (StudentSummary.Item item : student.items()) {
      if (item.awaitingTa()) {
        pending = pending.add(item.maxPoints());
      }
    }
    return new StudentRow(
        student.id(),
        student.name(),
        student.reportFile(),
        Numbers.points(student.score()),
        Numbers.json(student.score()).toPlainString(),
        Numbers.percent(student.score(), student.maxScore()),
        pending.signum() == 0 ? "" : Numbers.points(pending) + " awaiting TA",
        student.hasFileProblems());
  }
}
