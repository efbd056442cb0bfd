package dev.byhand.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.byhand.exact.Rational;
import dev.byhand.grading.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {
  private static final String[] KEYS = {"q1.a", "q1.b", "q2.c"};
  private static final int[] MAX = {1, 2, 3};

  /** Points per student on q1.a (of 1), q1.b (of 2), q2.c (of 3). */
  private static final int[][] CLASS_OF_TEN = {
    {1, 2, 3}, {1, 2, 3}, {1, 2, 2}, {1, 1, 2}, {1, 1, 1},
    {1, 1, 0}, {1, 0, 1}, {1, 2, 0}, {1, 0, 0}, {0, 0, 0}
  };

  private static List<StudentSummary> students(int[][] points) {
    List<StudentSummary> students = new ArrayList<>();
    for (int s = 0; s < points.length; s++) {
      List<StudentSummary.Item> items = new ArrayList<>();
      Rational total = Rational.ZERO;
      for (int j = 0; j < KEYS.length; j++) {
        Rational p = Rational.of(points[s][j]);
        total = total.add(p);
        Status status =
            p.equals(Rational.of(MAX[j]))
                ? Status.CORRECT
                : p.signum() == 0 ? Status.INCORRECT : Status.PARTIAL;
        items.add(
            new StudentSummary.Item(
                KEYS[j],
                KEYS[j].substring(0, 2),
                s == 6 && j == 1 ? Status.FOLLOWTHROUGH : status,
                false,
                p,
                Rational.of(MAX[j]),
                true,
                "",
                s >= 8 && j == 2 ? "no-relu" : "",
                p,
                false));
      }
      students.add(
          new StudentSummary(
              "s" + s, "s" + s + ".html", List.of(), total, Rational.of(6), false, items));
    }
    return students;
  }

  @Nested
  class AgainstAHandComputation {
    // Totals T = 6 6 5 4 3 2 2 3 1 0: mean 3.2, sample variance 37.6 / 9.
    // q1.a: difficulty 9/10; its rest T − a = 5 5 4 3 2 1 1 2 0 0 correlates with a at 0.4279.
    // q1.b: 11/20 and 0.6390; q2.c: 12/30 and 0.6002.
    // Item sample variances 0.1, 37/45 (0.8222), 14/9 (1.5556); alpha = 3/2 · (1 − 2.4778 / 4.1778)
    // = 0.6463.
    private final ItemAnalysis analysis = ItemAnalyses.of(students(CLASS_OF_TEN));

    @Test
    void difficultyIsTheMeanPointsOverTheItemsPoints() {
      assertThat(analysis.items())
          .extracting(ItemAnalysis.Item::difficulty)
          .containsExactly(0.9, 0.55, 0.4);
    }

    @Test
    void discriminationCorrelatesTheItemWithTheRestOfTheScore() {
      assertThat(analysis.items().get(0).discrimination().getAsDouble())
          .isCloseTo(0.4279116, within(1e-6));
      assertThat(analysis.items().get(1).discrimination().getAsDouble())
          .isCloseTo(0.6389711, within(1e-6));
      assertThat(analysis.items().get(2).discrimination().getAsDouble())
          .isCloseTo(0.6002450, within(1e-6));
    }

    @Test
    void alphaAndTheSpreadOfTheScore() {
      assertThat(analysis.alpha().getAsDouble()).isCloseTo(0.6462766, within(1e-6));
      ItemAnalysis.Spread scores = analysis.scores().orElseThrow();
      assertThat(scores.mean()).isCloseTo(3.2, within(1e-12));
      assertThat(scores.standardDeviation()).isCloseTo(2.0439613, within(1e-6));
      assertThat(scores.min()).isEqualTo(Rational.ZERO);
      assertThat(scores.max()).isEqualTo(Rational.of(6));
      assertThat(scores.maxPossible()).isEqualTo(Rational.of(6));
    }

    @Test
    void sharesOfFollowThroughAndOfEachDiagnosedMistake() {
      assertThat(analysis.items().get(1).followThrough()).isEqualTo(0.1);
      assertThat(analysis.items().get(2).mistakes())
          .containsExactly(new ItemAnalysis.MistakeShare("no-relu", 2, 0.2));
    }

    @Test
    void flagsSayInWordsWhatToLookAt() {
      assertThat(analysis.items().get(0).flags()).containsExactly("almost everyone right");
      assertThat(analysis.items().get(1).flags()).isEmpty();
      assertThat(analysis.items().get(2).flags()).isEmpty();
    }

    @Test
    void theOverviewRoundsForDisplay() {
      AnalysisView view = AnalysisView.of(analysis);
      assertThat(view.items().get(0))
          .isEqualTo(
              new AnalysisView.Row(
                  "q1.a", "0.90", "0.43", "0.0%", "", List.of("almost everyone right")));
      assertThat(view.summary())
          .isEqualTo(
              "Cronbach's alpha 0.65 over 3 items. Scores over these items: mean 3.20, standard"
                  + " deviation 2.04, from 0 to 6 of 6.");
    }
  }

  @Test
  void fewerThanTenStudents_saysSoInsteadOfShowingNoise() {
    ItemAnalysis analysis = ItemAnalyses.of(students(java.util.Arrays.copyOf(CLASS_OF_TEN, 9)));
    assertThat(analysis.items()).isEmpty();
    assertThat(analysis.alpha()).isEmpty();
    assertThat(analysis.note())
        .isEqualTo(
            "Too few students for item statistics: 9 graded, and difficulty, discrimination and"
                + " reliability need at least 10 to be more than noise.");
    assertThat(AnalysisView.of(analysis).hasItems()).isFalse();
  }

  @Test
  void exactlyEightyPercent_isNotAlmostEveryone_becauseTheThresholdIsComparedExactly() {
    int[][] points = new int[10][];
    for (int s = 0; s < 10; s++) {
      points[s] = new int[] {s < 8 ? 1 : 0, s % 3 == 0 ? 2 : 0, s % 4};
    }
    ItemAnalysis.Item a = ItemAnalyses.of(students(points)).items().get(0);
    assertThat(a.difficulty()).isEqualTo(0.8);
    assertThat(a.flags()).doesNotContain("almost everyone right");
  }

  @Test
  void anItemEveryoneScoredTheSameOn_hasNoCorrelation_andSaysWhy() {
    int[][] points = new int[12][];
    for (int s = 0; s < 12; s++) {
      points[s] = new int[] {1, s % 3, s % 4};
    }
    ItemAnalysis.Item a = ItemAnalyses.of(students(points)).items().get(0);
    assertThat(a.discrimination()).isEmpty();
    assertThat(a.flags())
        .containsExactly(
            "almost everyone right",
            "does not separate stronger from weaker students: everyone scored the same");
  }
}
