package dev.byhand.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Whether per-student numbers made an item harder for some: per item, the difficulty among students
 * grouped by a {@link VariantProperties property} of their numbers, flagged where one group is
 * clearly harder than the rest. Descriptive statistics for the instructor, not grades, so in {@code
 * double}. Immutable.
 *
 * @param students how many students were compared
 * @param flags the clearly harder groups, the largest gap first; empty when none or too few
 *     students
 */
record FairVariants(int students, List<Flag> flags) {
  /** Fewer students than this and groups are too small to tell a harder variant from chance. */
  static final int MINIMUM_STUDENTS = 30;

  /** A group smaller than this is not compared. */
  static final int MINIMUM_GROUP = 5;

  /** How much lower a group's difficulty must be than the others' to be "clearly harder". */
  static final double GAP = 0.2;

  /** …and how many standard errors that gap must be, so that chance alone rarely flags. */
  static final double STANDARD_ERRORS = 3;

  FairVariants {
    flags = List.copyOf(flags);
  }

  boolean enough() {
    return students >= MINIMUM_STUDENTS;
  }

  /** "Too few students …" when the class is too small to compare variants, else {@code ""}. */
  String note() {
    return enough()
        ? ""
        : "Too few students to compare variants: "
            + students
            + " graded, and telling a harder variant from chance needs at least "
            + MINIMUM_STUDENTS
            + ".";
  }

  /**
   * A group of students clearly worse on an item than the rest.
   *
   * @param key the item
   * @param group who they are, e.g. {@code whose ReLU zeroes 2 entries of q1.hidden}
   * @param groupStudents how many
   * @param groupDifficulty their difficulty on the item (mean points ÷ the item's points)
   * @param otherStudents how many others
   * @param otherDifficulty the others' difficulty
   */
  record Flag(
      String key,
      String group,
      int groupStudents,
      double groupDifficulty,
      int otherStudents,
      double otherDifficulty) {
    Flag {
      requireNonNull(key, "key");
      requireNonNull(group, "group");
    }

    /** "students whose … scored 41% on q1.hidden, others 78% (12 and 28 students)". */
    String sentence() {
      return "students "
          + group
          + " scored "
          + Math.round(groupDifficulty * 100)
          + "% on "
          + key
          + ", others "
          + Math.round(otherDifficulty * 100)
          + "% ("
          + groupStudents
          + " and "
          + otherStudents
          + " students)";
    }
  }

  /**
   * Compares groups on every analysed item.
   *
   * @param points per student, per analysed item, the points ÷ the item's points
   * @param keys the analysed items
   * @param values per student, the value of every property
   */
  static FairVariants of(
      List<double[]> points,
      List<String> keys,
      List<int[]> values,
      List<VariantProperties.Property> properties) {
    int n = points.size();
    if (n < MINIMUM_STUDENTS) {
      return new FairVariants(n, List.of());
    }
    List<Flag> flags = new ArrayList<>();
    for (int p = 0; p < properties.size(); p++) {
      int[] column = new int[n];
      for (int s = 0; s < n; s++) {
        column[s] = values.get(s)[p];
      }
      IntFunction<String> groups = properties.get(p).groups(column);
      Map<String, boolean[]> members = new LinkedHashMap<>();
      for (int s = 0; s < n; s++) {
        members.computeIfAbsent(groups.apply(column[s]), g -> new boolean[n])[s] = true;
      }
      for (Map.Entry<String, boolean[]> group : members.entrySet()) {
        for (int j = 0; j < keys.size(); j++) {
          compare(points, j, keys.get(j), group.getKey(), group.getValue()).ifPresent(flags::add);
        }
      }
    }
    flags.sort(
        Comparator.comparingDouble((Flag f) -> f.groupDifficulty() - f.otherDifficulty())
            .thenComparing(Flag::key));
    return new FairVariants(n, flags);
  }

  private static java.util.Optional<Flag> compare(
      List<double[]> points, int j, String key, String group, boolean[] in) {
    double[] sum = new double[2];
    double[] squares = new double[2];
    int[] count = new int[2];
    for (int s = 0; s < points.size(); s++) {
      int side = in[s] ? 0 : 1;
      double x = points.get(s)[j];
      sum[side] += x;
      squares[side] += x * x;
      count[side]++;
    }
    if (count[0] < MINIMUM_GROUP || count[1] < MINIMUM_GROUP) {
      return java.util.Optional.empty();
    }
    double mine = sum[0] / count[0];
    double others = sum[1] / count[1];
    double error =
        Math.sqrt(
            variance(sum[0], squares[0], count[0]) / count[0]
                + variance(sum[1], squares[1], count[1]) / count[1]);
    double gap = others - mine;
    boolean clear = gap >= GAP && (error == 0 || gap / error >= STANDARD_ERRORS);
    return clear
        ? java.util.Optional.of(new Flag(key, group, count[0], mine, count[1], others))
        : java.util.Optional.empty();
  }

  /** The sample variance from a sum and a sum of squares (points lie in 0..1: no cancellation). */
  private static double variance(double sum, double squares, int count) {
    return count < 2 ? 0 : Math.max(0, (squares - sum * sum / count) / (count - 1));
  }
}
