package dev.byhand.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.exact.Rational;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassOutputPartsTest {
  @Nested
  class GradebookCells {
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR"})
    void formulaLeadingText_isNeutralised(String text) {
      assertThat(SpreadsheetText.safe(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "José Pérez", "a=b", "", "Dana_Okafor"})
    void ordinaryText_isLeftAlone(String text) {
      assertThat(SpreadsheetText.safe(text)).isEqualTo(text);
    }
  }

  @Nested
  class Statistics {
    @Test
    void theMedianOfAnEvenCount_isTheExactMeanOfTheMiddleTwo() {
      List<Rational> scores =
          List.of(Rational.of(14), Rational.of(4), Rational.of(27, 2), Rational.of(8));
      assertThat(ClassStatistics.median(scores)).isEqualTo(Rational.of(43, 4));
      assertThat(ClassStatistics.mean(scores)).isEqualTo(Rational.of(79, 8));
    }
  }

  @Nested
  class Chart {
    private ScoreChart chart(Rational maxScore, Rational... scores) {
      ScoreChart.Tally tally = new ScoreChart.Tally(maxScore);
      for (Rational score : scores) {
        tally.add(score);
      }
      return tally.chart();
    }

    @Test
    void upToTwentyPoints_oneBarPerWholePoint_withHalfPointsInTheLowerBar() {
      ScoreChart chart =
          chart(Rational.of(16), Rational.of(27, 2), Rational.of(13), Rational.of(16));
      assertThat(chart.bars()).hasSize(17);
      assertThat(chart.bars().get(13).count()).isEqualTo(2);
      assertThat(chart.bars().get(16).tooltip()).isEqualTo("1 student scored 16");
      assertThat(chart.bars().get(13).tooltip()).isEqualTo("2 students scored 13 to under 14");
    }

    @Test
    void largerMaxima_useTenPercentBins_withFullMarksInTheLast() {
      ScoreChart chart = chart(Rational.of(100), Rational.of(100), Rational.of(5), Rational.of(95));
      assertThat(chart.bars())
          .extracting(ScoreChart.Bar::label)
          .startsWith("0–10%")
          .endsWith("90–100%");
      assertThat(chart.bars().get(9).count()).isEqualTo(2);
      assertThat(chart.bars().get(0).count()).isEqualTo(1);
    }
  }
}
