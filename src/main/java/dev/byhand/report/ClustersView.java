package dev.byhand.report;

import java.util.List;

/**
 * What the TA-only page of identical wrong answers shows. No student report links to it.
 *
 * @param title the page title
 * @param assignment the rubric's title
 * @param studentCount how many students were compared
 * @param clusters the groups, most suspicious first
 */
public record ClustersView(
    String title, String assignment, int studentCount, List<AnswerClusters.Cluster> clusters) {
  public ClustersView {
    clusters = List.copyOf(clusters);
  }

  public boolean hasClusters() {
    return !clusters.isEmpty();
  }
}
