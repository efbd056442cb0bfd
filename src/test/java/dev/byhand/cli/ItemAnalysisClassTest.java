package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated class of 40 students of rising strength (student s answers item by item as set out
 * below), graded end to end, and its item analysis checked against known behaviour and against an
 * independent computation from the points in results.json.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemAnalysisClassTest {
  static final int STUDENTS = 40;

  private JsonObject results;
  private JsonObject analysis;
  private Path reports;

  /**
   * Student {@code s}: q1.hidden right for everyone; q1.logits right from s = 10; q2.prediction
   * right for even s only (unrelated to strength); q3.hidden and q3.logits right from s = 20;
   * q3.prediction right only for the strongest eight (s ≥ 32). Wrong vectors match no entry and no
   * known mistake.
   */
  static String answers(int s) {
    return String.join(
        "\n",
        "q1.hidden,5,4,0",
        s >= 10 ? "q1.logits,21,8,9,20,13,12" : "q1.logits,22,9,10,21,14,13",
        "q2.prediction," + (s % 2 == 0 ? "BOS" : "outside"),
        s >= 20 ? "q3.hidden,57,8,36" : "q3.hidden,58,9,37",
        s >= 20 ? "q3.logits,89,-92,29,184,181,-12" : "q3.logits,90,-91,30,185,182,-11",
        "q3.prediction," + (s >= 32 ? "is" : "BOS"),
        "");
  }

  @BeforeAll
  void gradeTheClass(@TempDir Path temp) throws IOException {
    Path submissions = Files.createDirectories(temp.resolve("class"));
    for (int s = 0; s < STUDENTS; s++) {
      Files.writeString(submissions.resolve(String.format("s%02d.csv", s)), answers(s));
    }
    reports = temp.resolve("reports");
    CliRun run =
        CliRun.of(
            "grade", "--submissions", submissions.toString(), "--reports", reports.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    results =
        JsonParser.parseString(Files.readString(reports.resolve("results.json"))).getAsJsonObject();
    analysis = results.getAsJsonObject("analysis");
  }

  private JsonObject item(String key) {
    for (JsonElement item : analysis.getAsJsonArray("items")) {
      if (item.getAsJsonObject().get("key").getAsString().equals(key)) {
        return item.getAsJsonObject();
      }
    }
    throw new AssertionError(key + " not analysed");
  }

  private static List<String> flags(JsonObject item) {
    List<String> flags = new ArrayList<>();
    item.getAsJsonArray("flags").forEach(f -> flags.add(f.getAsString()));
    return flags;
  }

  @Test
  void anItemEveryoneGotRight_isFlagged_andCannotSeparateStudents() {
    JsonObject hidden = item("q1.hidden");
    assertThat(hidden.get("difficulty").getAsDouble()).isEqualTo(1.0);
    assertThat(hidden.get("discrimination").isJsonNull()).isTrue();
    assertThat(flags(hidden))
        .containsExactly(
            "almost everyone right",
            "does not separate stronger from weaker students: everyone scored the same");
  }

  @Test
  void anItemOnlyTheStrongestGot_isHard_andSeparatesWell() {
    JsonObject prediction = item("q3.prediction");
    assertThat(prediction.get("difficulty").getAsDouble()).isEqualTo(0.2);
    assertThat(prediction.get("discrimination").getAsDouble()).isGreaterThan(0.4);
    assertThat(flags(prediction)).containsExactly("few got it right");
  }

  @Test
  void anItemUnrelatedToStrength_doesNotSeparateStrongerFromWeaker() {
    JsonObject prediction = item("q2.prediction");
    assertThat(prediction.get("difficulty").getAsDouble()).isEqualTo(0.5);
    assertThat(prediction.get("discrimination").getAsDouble()).isCloseTo(0.0, within(1e-4));
    assertThat(flags(prediction))
        .containsExactly("does not separate stronger from weaker students");
  }

  @Test
  void everyFigure_agreesWithAnIndependentComputationFromThePoints() {
    Map<String, double[]> points = new LinkedHashMap<>();
    Map<String, Double> max = new LinkedHashMap<>();
    JsonArray students = results.getAsJsonArray("students");
    for (int s = 0; s < students.size(); s++) {
      for (JsonElement e : students.get(s).getAsJsonObject().getAsJsonArray("items")) {
        JsonObject item = e.getAsJsonObject();
        String key = item.get("key").getAsString();
        if (!key.equals("q0.diagram")) {
          points.computeIfAbsent(key, k -> new double[students.size()])[s] =
              item.get("points").getAsDouble();
          max.put(key, item.get("maxPoints").getAsDouble());
        }
      }
    }
    double[] total = new double[students.size()];
    points.values().forEach(x -> add(total, x, 1));
    for (Map.Entry<String, double[]> e : points.entrySet()) {
      JsonObject item = item(e.getKey());
      double[] x = e.getValue();
      assertThat(item.get("difficulty").getAsDouble())
          .as(e.getKey())
          .isCloseTo(mean(x) / max.get(e.getKey()), within(1e-4));
      double[] rest = total.clone();
      add(rest, x, -1);
      if (!item.get("discrimination").isJsonNull()) {
        assertThat(item.get("discrimination").getAsDouble())
            .as(e.getKey())
            .isCloseTo(pearson(x, rest), within(1e-4));
      }
    }
    double itemVariances = points.values().stream().mapToDouble(x -> variance(x)).sum();
    int k = points.size();
    double alpha = k / (k - 1.0) * (1 - itemVariances / variance(total));
    assertThat(analysis.get("alpha").getAsDouble()).isCloseTo(alpha, within(1e-4));
    JsonObject scores = analysis.getAsJsonObject("scores");
    assertThat(scores.get("mean").getAsDouble()).isCloseTo(mean(total), within(1e-4));
    assertThat(scores.get("standardDeviation").getAsDouble())
        .isCloseTo(Math.sqrt(variance(total)), within(1e-4));
    assertThat(
            analysis
                .getAsJsonArray("notAnalysed")
                .get(0)
                .getAsJsonObject()
                .get("reason")
                .getAsString())
        .isEqualTo("awaiting a TA for 40 students");
  }

  @Test
  void theOverviewShowsTheFiguresAndTheFlagsInWords() throws IOException {
    Document index = Jsoup.parse(reports.resolve("index.html").toFile(), "UTF-8");
    assertThat(index.select("#analysis table.analysis tbody tr")).hasSize(6);
    assertThat(index.select("#analysis tbody tr").get(5).text())
        .startsWith("q3.prediction 0.20")
        .endsWith("few got it right");
    assertThat(index.select("#analysis").text()).contains("Cronbach's alpha");
  }

  private static void add(double[] into, double[] x, int sign) {
    for (int i = 0; i < x.length; i++) {
      into[i] += sign * x[i];
    }
  }

  private static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }

  /** The sample variance, as spreadsheets compute it. */
  private static double variance(double[] x) {
    double m = mean(x);
    double sum = 0;
    for (double v : x) {
      sum += (v - m) * (v - m);
    }
    return sum / (x.length - 1);
  }

  private static double pearson(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double xy = 0;
    double xx = 0;
    double yy = 0;
    for (int i = 0; i < x.length; i++) {
      xy += (x[i] - mx) * (y[i] - my);
      xx += (x[i] - mx) * (x[i] - mx);
      yy += (y[i] - my) * (y[i] - my);
    }
    return xy / Math.sqrt(xx * yy);
  }
}
