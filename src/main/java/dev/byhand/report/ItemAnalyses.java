package dev.byhand.report;

import dev.byhand.exact.Rational;
import dev.byhand.grading.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Computes an {@link ItemAnalysis} from the students' summaries, in two passes over the class (the
 * means, then sums of centred products, which keep the variances accurate) and with a few numbers
 * per item, never per student. Descriptive statistics, not grades: {@code double} is precise enough
 * here, and no mark depends on it. Stateless.
 */
final class ItemAnalyses {
  /** Below this a variance is zero: points are multiples of small fractions, not noise. */
  private static final double ZERO_VARIANCE = 1e-12;

  private ItemAnalyses() {}

  /** The analysis of {@code students}, every one graded against the same rubric items. */
  static ItemAnalysis of(List<StudentSummary> students) {
    int n = students.size();
    if (n == 0) {
      return new ItemAnalysis(0, List.of(), List.of(), Optional.empty(), OptionalDouble.empty());
    }
    List<StudentSummary.Item> first = students.get(0).items();
    int[] awaiting = new int[first.size()];
    for (StudentSummary student : students) {
      for (int j = 0; j < awaiting.length; j++) {
        awaiting[j] += student.items().get(j).awaitingTa() ? 1 : 0;
      }
    }
    List<Integer> analysed = new ArrayList<>();
    List<ItemAnalysis.NotAnalysed> left = new ArrayList<>();
    for (int j = 0; j < awaiting.length; j++) {
      if (awaiting[j] > 0) {
        left.add(
            new ItemAnalysis.NotAnalysed(
                first.get(j).key(),
                "awaiting a TA for "
                    + awaiting[j]
                    + (awaiting[j] == 1 ? " student" : " students")));
      } else if (first.get(j).maxPoints().signum() > 0) {
        analysed.add(j);
      }
    }
    if (n < ItemAnalysis.MINIMUM_STUDENTS) {
      return new ItemAnalysis(n, List.of(), left, Optional.empty(), OptionalDouble.empty());
    }
    return new Sums(students, analysed).analysis(left);
  }

  /** The sums one analysis needs: per analysed item a handful of numbers. */
  private static final class Sums {
    private final List<StudentSummary> students;
    private final int[] items;
    private final double[] means;

    /** Exact, so that an item right for exactly 80% of the class is not "almost everyone right". */
    private final Rational[] sums;

    private double totalMean;
    private Rational totalSum = Rational.ZERO;
    private final double[] itemVariance;
    private final double[] itemTotalCovariance;
    private double totalVariance;
    private Rational min;
    private Rational max;

    Sums(List<StudentSummary> students, List<Integer> analysed) {
      this.students = students;
      this.items = analysed.stream().mapToInt(Integer::intValue).toArray();
      this.means = new double[items.length];
      this.sums = new Rational[items.length];
      java.util.Arrays.fill(sums, Rational.ZERO);
      this.itemVariance = new double[items.length];
      this.itemTotalCovariance = new double[items.length];
      means();
      centred();
    }

    private void means() {
      for (StudentSummary student : students) {
        Rational total = Rational.ZERO;
        for (int i = 0; i < items.length; i++) {
          Rational points = student.items().get(items[i]).points();
          sums[i] = sums[i].add(points);
          total = total.add(points);
        }
        totalSum = totalSum.add(total);
        min = min == null || total.compareTo(min) < 0 ? total : min;
        max = max == null || total.compareTo(max) > 0 ? total : max;
      }
      for (int i = 0; i < items.length; i++) {
        means[i] = value(sums[i]) / students.size();
      }
      totalMean = value(totalSum) / students.size();
    }

    private void centred() {
      double[] x = new double[items.length];
      for (StudentSummary student : students) {
        double total = 0;
        for (int i = 0; i < items.length; i++) {
          x[i] = value(student.items().get(items[i]).points()) - means[i];
          total += x[i];
        }
        // The centred total is the sum of the centred items: their means add up to the total's.
        totalVariance += total * total;
        for (int i = 0; i < items.length; i++) {
          itemVariance[i] += x[i] * x[i];
          itemTotalCovariance[i] += x[i] * total;
        }
      }
      int n = students.size();
      totalVariance /= n;
      for (int i = 0; i < items.length; i++) {
        itemVariance[i] /= n;
        itemTotalCovariance[i] /= n;
      }
    }

    ItemAnalysis analysis(List<ItemAnalysis.NotAnalysed> left) {
      List<ItemAnalysis.Item> analysed = new ArrayList<>();
      for (int i = 0; i < items.length; i++) {
        analysed.add(item(i));
      }
      int n = students.size();
      Rational possible = Rational.ZERO;
      for (int item : items) {
        possible = possible.add(students.get(0).items().get(item).maxPoints());
      }
      // Sample standard deviation: the class stands for the students who could have taken it.
      double sd = n > 1 ? Math.sqrt(totalVariance * n / (n - 1)) : 0;
      return new ItemAnalysis(
          n,
          analysed,
          left,
          Optional.of(new ItemAnalysis.Spread(totalMean, sd, min, max, possible)),
          alpha());
    }

    /** Cronbach's alpha = k/(k−1)·(1 − Σσᵢ²/σ²), the same with n or n − 1 in every variance. */
    private OptionalDouble alpha() {
      int k = items.length;
      if (k < 2 || totalVariance <= ZERO_VARIANCE) {
        return OptionalDouble.empty();
      }
      double sum = 0;
      for (double variance : itemVariance) {
        sum += variance;
      }
      return OptionalDouble.of(k / (k - 1.0) * (1 - sum / totalVariance));
    }

    private ItemAnalysis.Item item(int i) {
      StudentSummary.Item first = students.get(0).items().get(items[i]);
      Rational difficulty =
          sums[i].divide(first.maxPoints().multiply(Rational.of(students.size())));
      OptionalDouble discrimination = discrimination(i);
      int followThrough = 0;
      Map<String, Integer> mistakes = new LinkedHashMap<>();
      for (StudentSummary student : students) {
        StudentSummary.Item item = student.items().get(items[i]);
        followThrough += item.status() == Status.FOLLOWTHROUGH ? 1 : 0;
        if (!item.diagnosis().isEmpty()) {
          mistakes.merge(item.diagnosis(), 1, Integer::sum);
        }
      }
      int n = students.size();
      List<ItemAnalysis.MistakeShare> shares =
          mistakes.entrySet().stream()
              .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
              .map(e -> share(e.getKey(), e.getValue(), n))
              .toList();
      return new ItemAnalysis.Item(
          first.key(),
          value(difficulty),
          discrimination,
          followThrough / (double) n,
          shares,
          flags(difficulty, discrimination, itemVariance[i]));
    }

    /**
     * The correlation of the item with the rest: cov(x, T − x) = cov(x, T) − var(x), and var(T − x)
     * = var(T) − 2·cov(x, T) + var(x).
     */
    private OptionalDouble discrimination(int i) {
      double covariance = itemTotalCovariance[i] - itemVariance[i];
      double restVariance = totalVariance - 2 * itemTotalCovariance[i] + itemVariance[i];
      if (itemVariance[i] <= ZERO_VARIANCE || restVariance <= ZERO_VARIANCE) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(covariance / Math.sqrt(itemVariance[i] * restVariance));
    }

    private static List<String> flags(
        Rational difficulty, OptionalDouble discrimination, double variance) {
      List<String> flags = new ArrayList<>();
      if (difficulty.compareTo(ItemAnalysis.EASY) > 0) {
        flags.add("almost everyone right");
      } else if (difficulty.compareTo(ItemAnalysis.HARD) < 0) {
        flags.add("few got it right");
      }
      if (variance <= ZERO_VARIANCE) {
        flags.add("does not separate stronger from weaker students: everyone scored the same");
      } else if (discrimination.isPresent()
          && discrimination.getAsDouble() < ItemAnalysis.WEAK_DISCRIMINATION) {
        flags.add("does not separate stronger from weaker students");
      }
      return flags;
    }
  }

  private static ItemAnalysis.MistakeShare share(String id, int count, int students) {
    return new ItemAnalysis.MistakeShare(id, count, count / (double) students);
  }

  private static double value(Rational points) {
    return points.numerator().doubleValue() / points.denominator().doubleValue();
  }
}
