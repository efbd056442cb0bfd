package dev.byhand.report;

import static java.util.Objects.requireNonNull;

import dev.byhand.exact.Rational;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Item statistics of one graded class, for the instructor: how hard each item was, whether it told
 * stronger students from weaker ones, and how consistent the assignment was as a whole. These are
 * descriptive statistics, not grades, so they are computed in {@code double} from the exact points
 * (see {@link ItemAnalyses}); they are rounded only where shown. Immutable.
 *
 * @param students how many students were graded
 * @param items per analysed item, in rubric order; empty when there are too few students
 * @param notAnalysed items left out, each with the reason (a TA has not scored everyone yet)
 * @param scores the spread of the score over the analysed items; empty with too few students
 * @param alpha Cronbach's alpha over the analysed items; empty with too few students, fewer than
 *     two items, or scores that do not vary
 * @param variants with per-student numbers, whether some variants made an item harder; empty for a
 *     rubric without variants
 */
record ItemAnalysis(
    int students,
    List<Item> items,
    List<NotAnalysed> notAnalysed,
    Optional<Spread> scores,
    OptionalDouble alpha,
    Optional<FairVariants> variants) {
  /** Fewer students than this and the figures would be noise: the analysis says so instead. */
  static final int MINIMUM_STUDENTS = 10;

  /** Difficulty above this: "almost everyone right" (Blackboard's threshold). */
  static final Rational EASY = Rational.of(4, 5);

  /** Difficulty below this: "few got it right". */
  static final Rational HARD = Rational.of(3, 10);

  /** Discrimination below this: "does not separate stronger from weaker students". */
  static final double WEAK_DISCRIMINATION = 0.1;

  ItemAnalysis {
    items = List.copyOf(items);
    notAnalysed = List.copyOf(notAnalysed);
    requireNonNull(scores, "scores");
    requireNonNull(alpha, "alpha");
    requireNonNull(variants, "variants");
  }

  /** An analysis without variants. */
  ItemAnalysis(
      int students,
      List<Item> items,
      List<NotAnalysed> notAnalysed,
      Optional<Spread> scores,
      OptionalDouble alpha) {
    this(students, items, notAnalysed, scores, alpha, Optional.empty());
  }

  /** The same analysis with the comparison of variants. */
  ItemAnalysis withVariants(FairVariants fair) {
    return new ItemAnalysis(students, items, notAnalysed, scores, alpha, Optional.of(fair));
  }

  /** Whether the class is large enough for figures. */
  boolean enough() {
    return students >= MINIMUM_STUDENTS;
  }

  /** "Too few students …" when the class is too small for figures, else {@code ""}. */
  String note() {
    return enough()
        ? ""
        : "Too few students for item statistics: "
            + students
            + " graded, and difficulty, discrimination and reliability need at least "
            + MINIMUM_STUDENTS
            + " to be more than noise.";
  }

  /**
   * One item's figures.
   *
   * @param key {@code q1.hidden}
   * @param difficulty mean points ÷ the item's points, 0 to 1 (higher is easier)
   * @param discrimination the Pearson correlation of the item's points with the rest of the score
   *     (the item left out); empty when either does not vary
   * @param followThrough the share of students whose answer was follow-through
   * @param mistakes the share of each diagnosed mistake, most frequent first
   * @param flags what an instructor should look at, in words; empty when nothing
   */
  record Item(
      String key,
      double difficulty,
      OptionalDouble discrimination,
      double followThrough,
      List<MistakeShare> mistakes,
      List<String> flags) {
    Item {
      requireNonNull(key, "key");
      requireNonNull(discrimination, "discrimination");
      mistakes = List.copyOf(mistakes);
      flags = List.copyOf(flags);
    }
  }

  /**
   * How often a diagnosed mistake was made on an item.
   *
   * @param id the mistake's id, e.g. {@code no-relu}
   * @param count how many students
   * @param share {@code count} ÷ the students
   */
  record MistakeShare(String id, int count, double share) {}

  /** An item left out of the analysis, and why. */
  record NotAnalysed(String key, String reason) {}

  /**
   * The spread of the score over the analysed items.
   *
   * @param mean the mean score
   * @param standardDeviation the sample standard deviation (divided by n − 1)
   * @param min the lowest score, exact
   * @param max the highest score, exact
   * @param maxPossible the points of the analysed items
   */
  record Spread(
      double mean, double standardDeviation, Rational min, Rational max, Rational maxPossible) {}
}
