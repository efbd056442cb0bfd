package dev.byhand.report;

import dev.byhand.report.IndexView.StudentLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of two or more students who wrote the same wrong vector for an item, for a TA to look at.
 * A wrong answer that a known misconception explains is left out (many students make the same
 * mistake honestly), and so are predictions (six tokens make coincidences likely). Groups with the
 * same students are merged, so a group that shares several wrong vectors shows them together, and
 * the most suspicious come first: more shared wrong answers, then fewer students.
 */
final class AnswerClusters {
  private AnswerClusters() {}

  /**
   * One group.
   *
   * @param students the students, in grading order
   * @param answers the identical wrong answers they share
   */
  public record Cluster(List<StudentLink> students, List<SharedAnswer> answers) {
    public Cluster {
      students = List.copyOf(students);
      answers = List.copyOf(answers);
    }

    public int size() {
      return students.size();
    }

    public int sharedCount() {
      return answers.size();
    }
  }

  /** One identical wrong answer: the item and what they wrote. */
  public record SharedAnswer(String key, String answer) {}

  static List<Cluster> of(List<StudentSummary> students) {
    Map<SharedAnswer, List<StudentSummary>> byAnswer = new LinkedHashMap<>();
    for (StudentSummary student : students) {
      for (StudentSummary.Item item : student.items()) {
        if (item.vector() && !item.wrongAnswer().isEmpty() && item.diagnosis().isEmpty()) {
          byAnswer.computeIfAbsent(new SharedAnswer(item.key(), item.wrongAnswer()), k -> new ArrayList<>())
              .add(student);
        }
      }
    }
    Map<List<String>, List<SharedAnswer>> byGroup = new LinkedHashMap<>();
    Map<List<String>, List<StudentLink>> links = new LinkedHashMap<>();
    byAnswer.forEach((answer, group) -> {
      if (group.size() >= 2) {
        List<String> ids = group.stream().map(StudentSummary::id).toList();
        byGroup.computeIfAbsent(ids, k -> new ArrayList<>()).add(answer);
        links.putIfAbsent(ids, group.stream().map(s -> new StudentLink(s.id(), s.reportFile())).toList());
      }
    });
    List<Cluster> clusters = new ArrayList<>();
    byGroup.forEach((ids, answers) -> clusters.add(new Cluster(links.get(ids), answers)));
    clusters.sort(Comparator.comparingInt(Cluster::sharedCount).reversed().thenComparingInt(Cluster::size));
    return clusters;
  }
}
