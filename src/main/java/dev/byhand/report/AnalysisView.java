package dev.byhand.report;

import java.math.RoundingMode;
import java.util.List;

/**
 * The item analysis as the class overview shows it, already formatted as text: figures rounded to
 * two places, shares as percentages.
 *
 * @param note with too few students, the sentence saying so; else {@code ""}
 * @param summary Cronbach's alpha and the score's spread in one sentence, or {@code ""}
 * @param items one row per analysed item
 * @param notAnalysed the items left out, each with why ({@code q0.diagram: awaiting a TA for 13
 *     students})
 * @param variants with per-student numbers, whether some made an item harder; else empty
 */
public record AnalysisView(
    String note,
    String summary,
    List<Row> items,
    List<String> notAnalysed,
    java.util.Optional<Variants> variants) {
  public AnalysisView {
    items = List.copyOf(items);
    notAnalysed = List.copyOf(notAnalysed);
  }

  /**
   * The comparison of variants.
   *
   * @param note with too few students, the sentence saying so; with none flagged, saying that; else
   *     {@code ""}
   * @param flags the clearly harder groups in words, the largest gap first (at most {@link #SHOWN})
   * @param more e.g. {@code "and 3 more in results.json"}, or {@code ""}
   */
  public record Variants(String note, List<String> flags, String more) {
    static final int SHOWN = 20;

    public Variants {
      flags = List.copyOf(flags);
    }

    static Variants of(FairVariants fair) {
      if (!fair.enough()) {
        return new Variants(fair.note(), List.of(), "");
      }
      List<String> sentences = fair.flags().stream().map(FairVariants.Flag::sentence).toList();
      if (sentences.isEmpty()) {
        return new Variants(
            "No group of students' numbers made an item clearly harder (a gap of at least "
                + Math.round(FairVariants.GAP * 100)
                + " percentage points, well beyond chance).",
            List.of(),
            "");
      }
      int shown = Math.min(SHOWN, sentences.size());
      return new Variants(
          "",
          sentences.subList(0, shown),
          sentences.size() > shown
              ? "and " + (sentences.size() - shown) + " more in results.json"
              : "");
    }
  }

  /** The comparison of variants as a section the template shows once, or not at all. */
  public List<Variants> fairVariants() {
    return variants.stream().toList();
  }

  public boolean hasItems() {
    return !items.isEmpty();
  }

  /**
   * One item.
   *
   * @param difficulty e.g. {@code 0.87}
   * @param discrimination e.g. {@code 0.42}, or {@code –} when it does not exist
   * @param followThrough e.g. {@code 6.7%}
   * @param mistakes e.g. {@code no-relu 13.3%, transposed 6.7%}, or {@code ""}
   * @param flags what to look at, in words; empty when nothing
   */
  public record Row(
      String key,
      String difficulty,
      String discrimination,
      String followThrough,
      String mistakes,
      List<String> flags) {
    public Row {
      flags = List.copyOf(flags);
    }
  }

  /** The view of {@code analysis}. */
  static AnalysisView of(ItemAnalysis analysis) {
    List<String> left =
        analysis.notAnalysed().stream().map(n -> n.key() + ": " + n.reason()).toList();
    if (!analysis.enough()) {
      return new AnalysisView(
          analysis.note(), "", List.of(), left, analysis.variants().map(Variants::of));
    }
    List<Row> rows =
        analysis.items().stream()
            .map(
                item ->
                    new Row(
                        item.key(),
                        fixed(item.difficulty()),
                        item.discrimination().isPresent()
                            ? fixed(item.discrimination().getAsDouble())
                            : "–",
                        percent(item.followThrough()),
                        String.join(
                            ", ",
                            item.mistakes().stream()
                                .map(m -> m.id() + " " + percent(m.share()))
                                .toList()),
                        item.flags()))
            .toList();
    return new AnalysisView(
        "", summary(analysis), rows, left, analysis.variants().map(Variants::of));
  }

  private static String summary(ItemAnalysis analysis) {
    ItemAnalysis.Spread scores = analysis.scores().orElseThrow();
    String alpha =
        analysis.alpha().isPresent()
            ? "Cronbach's alpha " + fixed(analysis.alpha().getAsDouble())
            : "Cronbach's alpha cannot be computed (it needs two items and scores that vary)";
    return alpha
        + " over "
        + analysis.items().size()
        + (analysis.items().size() == 1 ? " item" : " items")
        + ". Scores over these items: mean "
        + fixed(scores.mean())
        + ", standard deviation "
        + fixed(scores.standardDeviation())
        + ", from "
        + Numbers.points(scores.min())
        + " to "
        + Numbers.points(scores.max())
        + " of "
        + Numbers.points(scores.maxPossible())
        + ".";
  }

  private static String fixed(double value) {
    return java.math.BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String percent(double share) {
    return java.math.BigDecimal.valueOf(share * 100)
            .setScale(1, RoundingMode.HALF_UP)
            .toPlainString()
        + "%";
  }
}
