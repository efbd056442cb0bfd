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
   * @param answers every identical wrong answer they all share (others may share some of them too)
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

  /**
   * The wrong answers of the students added so far, gathered as they are graded, so that the end of
   * a run only groups them. Not thread-safe.
   */
  static final class Tally {
    private final Map<SharedAnswer, List<StudentSummary>> byAnswer = new LinkedHashMap<>();

    void add(StudentSummary student) {
      for (StudentSummary.Item item : student.items()) {
        if (item.vector() && !item.wrongAnswer().isEmpty() && item.diagnosis().isEmpty()) {
          byAnswer
              .computeIfAbsent(
                  new SharedAnswer(item.key(), item.wrongAnswer()), k -> new ArrayList<>())
              .add(student);
        }
      }
    }

    List<Cluster> clusters() {
      return AnswerClusters.clusters(byAnswer);
    }
  }

  private static List<Cluster> clusters(Map<SharedAnswer, List<StudentSummary>> byAnswer) {
    Map<SharedAnswer, List<StudentSummary>> shared = new LinkedHashMap<>();
    byAnswer.forEach(
        (answer, group) -> {
          if (group.size() >= 2) {
            shared.put(answer, group);
          }
        });
    // One cluster per distinct group of students, with every wrong answer all of them share.
    Map<List<String>, List<StudentLink>> groups = new LinkedHashMap<>();
    shared
        .values()
        .forEach(
            group ->
                groups.putIfAbsent(
                    ids(group),
                    group.stream().map(s -> new StudentLink(s.id(), s.reportFile())).toList()));
    List<Cluster> clusters = new ArrayList<>();
    groups.forEach(
        (ids, links) -> {
          List<SharedAnswer> answers =
              shared.entrySet().stream()
                  .filter(e -> ids(e.getValue()).containsAll(ids))
                  .map(Map.Entry::getKey)
                  .toList();
          clusters.add(new Cluster(links, answers));
        });
    clusters.sort(
        Comparator.comparingInt(Cluster::sharedCount).reversed().thenComparingInt(Cluster::size));
    return clusters;
  }

  private static List<String> ids(List<StudentSummary> group) {
    return group.stream().map(StudentSummary::id).toList();
  }
}
