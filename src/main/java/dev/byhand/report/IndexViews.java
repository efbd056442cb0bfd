package dev.byhand.report;

import dev.byhand.grading.Status;
import dev.byhand.report.IndexView.ItemRow;
import dev.byhand.report.IndexView.QuestionRow;
import dev.byhand.report.IndexView.Share;
import dev.byhand.report.IndexView.StudentRow;
import dev.byhand.rnn.Rational;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the class overview from the students' summaries. Stateless. */
final class IndexViews {
  /** The order of a verdict bar, best to worst. */
  private static final List<Status> ORDER = List.of(Status.CORRECT, Status.PARTIAL, Status.FOLLOWTHROUGH,
      Status.INCORRECT, Status.MISSING, Status.UNPARSEABLE, Status.MANUAL);

  private IndexViews() {}

  static IndexView of(Rubric rubric, List<StudentSummary> students, String clustersFile, int clusterCount) {
    List<Rational> scores = students.stream().map(StudentSummary::score).toList();
    Map<String, int[]> tallies = tallies(students);
    List<QuestionRow> questions = new ArrayList<>();
    for (Question question : rubric.questions()) {
      List<ItemRow> items = question.items().stream()
          .map(item -> item(question.key(item), tallies, students.size())).toList();
      questions.add(new QuestionRow(question.id(), question.text(), average(question, students),
          Numbers.points(question.maxPoints()), items));
    }
    return new IndexView("Class overview — " + rubric.title(), rubric.title(), students.size(),
        scores.isEmpty() ? "–" : Numbers.points(ClassStatistics.mean(scores)),
        scores.isEmpty() ? "–" : Numbers.points(ClassStatistics.median(scores)),
        Numbers.points(rubric.maxPoints()), pendingNote(rubric, tallies), ScoreChart.of(scores, rubric.maxPoints()),
        questions, Mistakes.of(students), students.stream().map(IndexViews::row).toList(), clustersFile,
        clusterCount);
  }

  /**
   * For every item key, how many students got each verdict of {@link #ORDER}, then how many await a
   * TA: one pass over the class rather than one per item.
   */
  private static Map<String, int[]> tallies(List<StudentSummary> students) {
    Map<String, int[]> tallies = new HashMap<>();
    for (StudentSummary student : students) {
      for (StudentSummary.Item item : student.items()) {
        int[] counts = tallies.computeIfAbsent(item.key(), key -> new int[ORDER.size() + 1]);
        counts[item.awaitingTa() ? ORDER.size() : ORDER.indexOf(item.status())]++;
      }
    }
    return tallies;
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
    String label = switch (status) {
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

  /** Over the students whose points on the question are known (a TA may not have scored everyone). */
  private static String average(Question question, List<StudentSummary> students) {
    List<Rational> points = students.stream().map(s -> s.questionPoints(question.id()))
        .flatMap(Optional::stream).toList();
    return points.isEmpty() ? "–" : Numbers.points(ClassStatistics.mean(points));
  }

  private static String pendingNote(Rubric rubric, Map<String, int[]> tallies) {
    List<String> notes = new ArrayList<>();
    for (Question question : rubric.questions()) {
      for (ItemSpec spec : question.items()) {
        String key = question.key(spec);
        int waiting = tallies.getOrDefault(key, new int[ORDER.size() + 1])[ORDER.size()];
        if (waiting > 0) {
          notes.add(key + " is awaiting a TA for " + waiting + (waiting == 1 ? " student" : " students"));
        }
      }
    }
    return notes.isEmpty() ? "" : String.join("; ", notes) + "; those points are not in the scores yet.";
  }

  private static StudentRow row(StudentSummary student) {
    Rational pending = Rational.ZERO;
    for (StudentSummary.Item item : student.items()) {
      if (item.awaitingTa()) {
        pending = pending.add(item.maxPoints());
      }
    }
    return new StudentRow(student.id(), student.name(), student.reportFile(), Numbers.points(student.score()),
        Numbers.json(student.score()).toPlainString(), Numbers.percent(student.score(), student.maxScore()),
        pending.signum() == 0 ? "" : Numbers.points(pending) + " awaiting TA", student.hasFileProblems());
  }
}
