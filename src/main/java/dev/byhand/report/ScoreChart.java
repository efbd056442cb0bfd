package dev.byhand.report;

import dev.byhand.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The score distribution as an inline SVG histogram: one bar per whole point when the maximum is at
 * most 20, else one per tenth of the maximum. Coordinates are precomputed here so the template only
 * places them. Immutable.
 *
 * @param width the SVG's width in user units
 * @param height the SVG's height
 * @param baseline the y of the x axis
 * @param axisLabelY the y of the bins' labels under the axis
 * @param plotRight the x where the axis ends
 * @param bars one per bin, left to right
 * @param topCount the largest bar's count, labelled on the y axis
 * @param description a sentence for screen readers
 */
public record ScoreChart(
    int width,
    int height,
    int baseline,
    int axisLabelY,
    int plotRight,
    List<Bar> bars,
    int topCount,
    String description) {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 240;
  private static final int LEFT = 36;
  private static final int TOP = 18;
  private static final int BOTTOM = 34;

  public ScoreChart {
    bars = List.copyOf(bars);
  }

  /**
   * One bin.
   *
   * @param label the bin under the bar, e.g. {@code 13} or {@code 40–50%}
   * @param tooltip e.g. {@code 3 students scored 13 to under 14}
   */
  public record Bar(
      String x,
      String y,
      String width,
      String height,
      String labelX,
      String labelY,
      String label,
      int count,
      String tooltip) {
    public boolean hasStudents() {
      return count > 0;
    }
  }

  /**
   * The bins' counts of the scores added so far, counted as students are graded. Not thread-safe.
   */
  static final class Tally {
    private final Rational maxScore;
    private final boolean perPoint;
    private final int[] counts;
    private int scores;

    Tally(Rational maxScore) {
      this.maxScore = maxScore;
      this.perPoint =
          maxScore.isInteger()
              && maxScore.signum() > 0
              && maxScore.numerator().compareTo(BigInteger.valueOf(20)) <= 0;
      this.counts = new int[perPoint ? maxScore.numerator().intValueExact() + 1 : 10];
    }

    void add(Rational score) {
      counts[bin(score, maxScore, counts.length, perPoint)]++;
      scores++;
    }

    ScoreChart chart() {
      return ScoreChart.chart(counts, scores, maxScore, perPoint);
    }
  }

  private static ScoreChart chart(
      int[] counts, int scoreCount, Rational maxScore, boolean perPoint) {
    int bins = counts.length;
    int top = 1;
    for (int count : counts) {
      top = Math.max(top, count);
    }
    double slot = (WIDTH - LEFT - 8) / (double) bins;
    int plot = HEIGHT - TOP - BOTTOM;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < bins; i++) {
      double h = plot * counts[i] / (double) top;
      double x = LEFT + i * slot + slot * 0.1;
      String label = perPoint ? String.valueOf(i) : (i * 10) + "–" + (i * 10 + 10) + "%";
      bars.add(
          new Bar(
              f(x),
              f(HEIGHT - BOTTOM - h),
              f(slot * 0.8),
              f(h),
              f(x + slot * 0.4),
              f(HEIGHT - BOTTOM - h - 4),
              label,
              counts[i],
              tooltip(counts[i], label, perPoint, i == bins - 1)));
    }
    return new ScoreChart(
        WIDTH,
        HEIGHT,
        HEIGHT - BOTTOM,
        HEIGHT - BOTTOM + 16,
        WIDTH - 8,
        bars,
        top,
        "Histogram of " + scoreCount + " scores out of " + Numbers.points(maxScore));
  }

  private static int bin(Rational score, Rational max, int bins, boolean perPoint) {
    if (max.signum() == 0) {
      return 0;
    }
    Rational position = perPoint ? score : score.divide(max).multiply(Rational.of(bins));
    int floor = position.numerator().divide(position.denominator()).intValue();
    return Math.max(0, Math.min(bins - 1, floor));
  }

  private static String tooltip(int count, String label, boolean perPoint, boolean last) {
    String who = count + (count == 1 ? " student" : " students");
    if (!perPoint) {
      return who + " scored " + label;
    }
    return who + " scored " + label + (last ? "" : " to under " + (Integer.parseInt(label) + 1));
  }

  /** One decimal, rounded half up, as {@code %.1f} writes it, without starting up a Formatter. */
  private static String f(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }
}
