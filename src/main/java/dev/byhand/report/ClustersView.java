package dev.byhand.report;

import dev.byhand.report.IndexView.StudentLink;
import dev.byhand.variants.VariantFits;
import java.util.List;

/**
 * What the TA-only page of identical wrong answers shows. No student report links to it.
 *
 * @param title the page title
 * @param assignment the rubric's title
 * @param studentCount how many students were compared
 * @param clusters the groups, most suspicious first
 * @param variants whether the rubric gives each student their own numbers: only then does the page
 *     list {@code fits}
 * @param fits students whose answers fit a classmate's numbers better than their own, most
 *     suspicious first
 */
public record ClustersView(
    String title,
    String assignment,
    int studentCount,
    List<AnswerClusters.Cluster> clusters,
    boolean variants,
    List<VariantFits.Flag<StudentLink>> fits) {
  public ClustersView {
    clusters = List.copyOf(clusters);
    fits = List.copyOf(fits);
  }

  public boolean hasClusters() {
    return !clusters.isEmpty();
  }

  public boolean hasFits() {
    return !fits.isEmpty();
  }
}
