package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The class-wide outputs of {@code grade}, end to end over the shipped sample class. */
class ClassOutputsTest {
  private static final List<String> SAMPLE_IDS =
      List.of(
          "Dana_Okafor",
          "alice",
          "bob_smith",
          "chen-wei",
          "emma",
          "farah",
          "george",
          "hana-lee",
          "ivan",
          "jonas",
          "kofi",
          "lena_w",
          "mateo",
          "nadia",
          "oscar");

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class TheSampleClass {
    private Path reports;
    private CliRun run;

    @BeforeAll
    void grade(@TempDir Path temp) {
      reports = temp.resolve("reports");
      run = CliRun.of("grade", "--reports", reports.toString());
    }

    @Test
    void indexHasAnInlineSvgChart_andLinksEveryStudent() throws IOException {
      assertThat(run.exitCode()).isZero();
      Document index = Jsoup.parse(reports.resolve("index.html").toFile(), "UTF-8");
      assertThat(index.select("#distribution svg rect.bar")).hasSize(17);
      List<String> linked = index.select("#students tbody a").eachAttr("href");
      assertThat(linked)
          .containsExactlyInAnyOrderElementsOf(
              SAMPLE_IDS.stream().map(id -> id + ".html").toList());
      linked.forEach(href -> assertThat(reports.resolve(href)).isRegularFile());
    }

    @Test
    void indexLoadsNothingFromTheNetwork() throws IOException {
      for (String page : List.of("index.html", "identical-answers.html")) {
        Document doc = Jsoup.parse(reports.resolve(page).toFile(), "UTF-8");
        for (Element element : doc.select("[src], [href]")) {
          String url = element.hasAttr("src") ? element.attr("src") : element.attr("href");
          assertThat(url)
              .as("%s in %s", element.tagName(), page)
              .doesNotContain(":")
              .doesNotStartWith("//");
        }
        assertThat(doc.select("link")).isEmpty();
        assertThat(doc.select("script[src]")).isEmpty();
        assertThat(doc.select("style").html()).doesNotContain("@import").doesNotContain("url(");
      }
    }

    @Test
    void indexCountsEachVerdictPerItem() throws IOException {
      Document index = Jsoup.parse(reports.resolve("index.html").toFile(), "UTF-8");
      Element q3logits =
          index.select("#questions tr.item").stream()
              .filter(row -> row.selectFirst("th").text().equals("q3.logits"))
              .findFirst()
              .orElseThrow();
      assertThat(q3logits.select("td.legend").text())
          .contains("1 missing")
          .contains("1 unreadable");
      assertThat(index.select("#questions").text()).contains("15 awaiting TA");
    }

    @Test
    void gradebook_hasAHeaderAndOneRowPerStudent_withExactPoints() throws IOException {
      List<CSVRecord> rows =
          CSVFormat.DEFAULT
              .parse(
                  new StringReader(
                      Files.readString(reports.resolve("grades.csv"), StandardCharsets.UTF_8)))
              .getRecords();
      assertThat(rows.get(0).toList())
          .containsExactly(
              "student", "name", "email", "sid", "q0", "q1", "q2", "q3", "total", "max");
      assertThat(rows).hasSize(SAMPLE_IDS.size() + 1);
      CSVRecord hana =
          rows.stream().filter(r -> r.get(0).equals("hana-lee")).findFirst().orElseThrow();
      assertThat(hana.toList())
          .containsExactly("hana-lee", "", "", "", "", "5.5", "1", "7", "13.5", "16");
    }

    @Test
    void theSummaryNamesTheOverviewAndTheMedian() {
      assertThat(run.out()).contains("median 13.5").contains("index.html").contains("grades.csv");
      assertThat(run.err()).isEmpty();
    }
  }

  @Nested
  class ManualScores {
    @Test
    void aDiagramScore_raisesExactlyThatStudentsTotal_andShowsTheComment(@TempDir Path temp)
        throws IOException {
      Path before = temp.resolve("before");
      assertThat(CliRun.of("grade", "--reports", before.toString()).exitCode()).isZero();
      Path scores = temp.resolve("scores.csv");
      Files.writeString(
          scores,
          "student,question,points,comment\n"
              + "hana-lee,q0,2,\"Clear diagram; W labelled on the recurrent edge.\"\n");
      Path after = temp.resolve("after");
      CliRun run = CliRun.of("grade", "--reports", after.toString(), "--manual", scores.toString());
      assertThat(run.exitCode()).isZero();
      assertThat(totals(after))
          .isEqualTo(
              totals(before).entrySet().stream()
                  .collect(
                      Collectors.toMap(
                          e -> e.getKey(),
                          e -> e.getKey().equals("hana-lee") ? "15.5" : e.getValue())));
      Document hana = Jsoup.parse(after.resolve("hana-lee.html").toFile(), "UTF-8");
      assertThat(hana.select("#q0 td.feedback").text())
          .isEqualTo("Clear diagram; W labelled on the recurrent edge.");
      assertThat(hana.select(".score").text()).contains("15.5 / 16");
      Document alice = Jsoup.parse(after.resolve("alice.html").toFile(), "UTF-8");
      assertThat(alice.select("#q0 .verdict").text()).contains("Awaiting TA");
    }

    @Test
    void anUnknownStudent_stopsTheRunBeforeWritingAnything(@TempDir Path temp) throws IOException {
      Path scores = temp.resolve("scores.csv");
      Files.writeString(scores, "student,question,points,comment\nhana_lee,q0,2,\n");
      CliRun run =
          CliRun.of(
              "grade", "--reports", temp.resolve("r").toString(), "--manual", scores.toString());
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err().strip())
          .doesNotContain("\n")
          .contains("--manual")
          .contains("line 2: no student \"hana_lee\" in the submissions folder");
      assertThat(temp.resolve("r")).doesNotExist();
    }
  }

  /** A regrade request: hana-lee's q1.logits (2.5 of 3 from byhand) raised to 3 by a TA. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class TaOverridesOfAutomaticMarks {
    private Path before;
    private Path after;
    private CliRun run;

    @BeforeAll
    void gradeThenOverride(@TempDir Path temp) throws IOException {
      before = temp.resolve("before");
      assertThat(CliRun.of("grade", "--reports", before.toString()).exitCode()).isZero();
      Path scores = temp.resolve("scores.csv");
      Files.writeString(
          scores,
          "student,question,points,comment\n"
              + "hana-lee,q1.logits,3,read the column vector as intended\n");
      after = temp.resolve("after");
      run =
          CliRun.of(
              "grade",
              "--reports",
              after.toString(),
              "--manual",
              scores.toString(),
              "--compare",
              before.resolve("results.json").toString());
    }

    @Test
    void theReportShowsBothMarks_andTheTasReason() throws IOException {
      assertThat(run.exitCode()).as(run.err()).isZero();
      Document hana = Jsoup.parse(after.resolve("hana-lee.html").toFile(), "UTF-8");
      Element logits = hana.select("#q1 tr.item").get(1);
      assertThat(logits.select(".override").text())
          .isEqualTo("byhand: 2.5/3 — changed by a TA to 3/3: read the column vector as intended");
      assertThat(logits.select(".points").text()).isEqualTo("3 / 3 points");
      assertThat(logits.select(".badge").text()).isEqualTo("Partly correct");
      assertThat(hana.select(".score").text()).contains("14 / 16");
    }

    @Test
    void resultsJson_keepsByhandsVerdict_besideTheOverride() throws IOException {
      com.google.gson.JsonObject item = item(after, "hana-lee", "q1.logits");
      assertThat(item.get("status").getAsString()).isEqualTo("partial");
      assertThat(item.get("points").getAsString()).isEqualTo("3");
      com.google.gson.JsonObject override = item.getAsJsonObject("override");
      assertThat(override.get("points").getAsString()).isEqualTo("3");
      assertThat(override.get("byhandPoints").getAsString()).isEqualTo("2.5");
      assertThat(override.get("comment").getAsString())
          .isEqualTo("read the column vector as intended");
      assertThat(item(after, "hana-lee", "q1.hidden").has("override")).isFalse();
      assertThat(item(before, "hana-lee", "q1.logits").has("override")).isFalse();
    }

    @Test
    void theGradebookAndTheClassFigures_useTheOverride() throws IOException {
      assertThat(totals(after))
          .isEqualTo(
              totals(before).entrySet().stream()
                  .collect(
                      Collectors.toMap(
                          e -> e.getKey(),
                          e -> e.getKey().equals("hana-lee") ? "14" : e.getValue())));
      Document index = Jsoup.parse(after.resolve("index.html").toFile(), "UTF-8");
      assertThat(index.select(".pending").text())
          .contains("A TA changed byhand's mark on q1.logits for 1 student");
      assertThat(run.out()).contains("TA overrides of byhand's marks: 1");
    }

    @Test
    void compare_listsTheOverride_apartFromByhandsOwnVerdicts() {
      assertThat(run.out())
          .contains("1 score changed, 14 unchanged")
          .contains("  hana-lee: 13.5 → 14 (+0.5): a TA's override (below)")
          .contains(
              "TA overrides of byhand's marks (byhand's own verdicts are above):\n"
                  + "  hana-lee q1.logits: byhand partial 2.5 → TA 3 (new)");
    }

    @Test
    void compare_listsTheOverrideOfAStudentNoLongerGraded(@TempDir Path temp) throws IOException {
      Path submissions = temp.resolve("submissions");
      Files.createDirectories(submissions);
      Files.copy(Path.of("submissions/alice.csv"), submissions.resolve("alice.csv"));
      CliRun later =
          CliRun.of(
              "grade",
              "--submissions",
              submissions.toString(),
              "--reports",
              temp.resolve("r").toString(),
              "--compare",
              after.resolve("results.json").toString());
      assertThat(later.exitCode()).as(later.err()).isZero();
      assertThat(later.out())
          .contains(
              "  hana-lee q1.logits: override to 3 gone with the student, who is no longer"
                  + " graded");
    }

    @Test
    void anOverrideOutOfRange_stopsTheRunBeforeWritingAnything(@TempDir Path temp)
        throws IOException {
      Path scores = temp.resolve("scores.csv");
      Files.writeString(scores, "student,question,points\nhana-lee,q1.logits,4\n");
      CliRun refused =
          CliRun.of(
              "grade", "--reports", temp.resolve("r").toString(), "--manual", scores.toString());
      assertThat(refused.exitCode()).isEqualTo(2);
      assertThat(refused.err()).contains("line 2: 4 points for q1.logits, which is worth 0 to 3");
      assertThat(temp.resolve("r")).doesNotExist();
    }

    private com.google.gson.JsonObject item(Path reports, String student, String key)
        throws IOException {
      com.google.gson.JsonObject results =
          com.google.gson.JsonParser.parseString(Files.readString(reports.resolve("results.json")))
              .getAsJsonObject();
      for (var s : results.getAsJsonArray("students")) {
        if (s.getAsJsonObject().get("id").getAsString().equals(student)) {
          for (var i : s.getAsJsonObject().getAsJsonArray("items")) {
            if (i.getAsJsonObject().get("key").getAsString().equals(key)) {
              return i.getAsJsonObject();
            }
          }
        }
      }
      throw new AssertionError(student + " " + key + " not in results.json");
    }
  }

  @Test
  void gradebookCells_cannotRunAsFormulas_andExcelGetsABom(@TempDir Path temp) throws IOException {
    Path submissions = Files.createDirectories(temp.resolve("submissions"));
    Files.writeString(submissions.resolve("-2+3.csv"), "q1.hidden,5,4,0\n");
    Files.writeString(submissions.resolve("@SUM(A1).csv"), "q1.hidden,5,4,0\n");
    Path reports = temp.resolve("r");
    assertThat(
            CliRun.of(
                    "grade",
                    "--submissions",
                    submissions.toString(),
                    "--reports",
                    reports.toString(),
                    "--excel")
                .exitCode())
        .isZero();
    String csv = Files.readString(reports.resolve("grades.csv"), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFstudent,");
    List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(csv.substring(1))).getRecords();
    assertThat(rows).hasSize(3);
    for (CSVRecord row : rows) {
      row.forEach(
          cell ->
              assertThat(cell)
                  .doesNotStartWith("=")
                  .doesNotStartWith("+")
                  .doesNotStartWith("-")
                  .doesNotStartWith("@"));
    }
    // A leading dash becomes _ in the id itself (no file name a shell reads as an option).
    assertThat(rows.get(1).get(0)).isEqualTo("_2_3");
    assertThat(rows.get(1).get(5)).isEqualTo("3");
  }

  @Test
  void identicalWrongVectors_areGrouped_onAPageNoStudentReportLinks(@TempDir Path temp)
      throws IOException {
    Path submissions = Files.createDirectories(temp.resolve("submissions"));
    String copied =
        "q1.hidden,5,4,0\nq1.logits,21,8,9,20,13,12\nq3.hidden,50,1,2\nq3.logits,1,2,3,4,5,6\n";
    Files.writeString(submissions.resolve("pat.csv"), copied);
    Files.writeString(submissions.resolve("sam.csv"), copied);
    Files.writeString(submissions.resolve("lee.csv"), "q3.hidden,50,1,2\n");
    Files.writeString(submissions.resolve("kim.csv"), "q3.hidden,9,9,9\n");
    Path reports = temp.resolve("r");
    assertThat(
            CliRun.of(
                    "grade",
                    "--submissions",
                    submissions.toString(),
                    "--reports",
                    reports.toString())
                .exitCode())
        .isZero();
    Document page = Jsoup.parse(reports.resolve("identical-answers.html").toFile(), "UTF-8");
    List<Element> clusters = page.select(".cluster");
    assertThat(clusters).hasSize(2);
    assertThat(clusters.get(0).select("a").eachText()).containsExactly("pat", "sam");
    assertThat(clusters.get(0).select("tr").eachText())
        .containsExactly("q3.hidden [50, 1, 2]", "q3.logits [1, 2, 3, 4, 5, 6]");
    assertThat(clusters.get(1).select("a").eachText()).containsExactly("lee", "pat", "sam");
    for (String student : List.of("pat", "sam", "lee", "kim")) {
      assertThat(Files.readString(reports.resolve(student + ".html")))
          .doesNotContain("identical-answers");
    }
  }

  @Test
  void compare_namesWhoseScoreChanged_byHowMuch_andOnWhichItems(@TempDir Path temp)
      throws IOException {
    Path reports = temp.resolve("r");
    assertThat(CliRun.of("grade", "--reports", reports.toString()).exitCode()).isZero();
    Path scores = temp.resolve("scores.csv");
    Files.writeString(scores, "student,question,points,comment\nkofi,q0,1,\n");
    CliRun run =
        CliRun.of(
            "grade",
            "--reports",
            reports.toString(),
            "--manual",
            scores.toString(),
            "--compare",
            reports.resolve("results.json").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("1 score changed, 14 unchanged")
        .contains("kofi: 7 → 8 (+1): q0.diagram manual 0 → manual 1");
  }

  @Test
  void compare_withSomethingElse_isAUsageError(@TempDir Path temp) throws IOException {
    Path notResults = Files.writeString(temp.resolve("x.json"), "{\"students\": 3}");
    CliRun run =
        CliRun.of(
            "grade", "--reports", temp.resolve("r").toString(), "--compare", notResults.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("not a byhand results.json");
  }

  private static java.util.Map<String, String> totals(Path reports) throws IOException {
    return CSVFormat.DEFAULT
        .parse(new StringReader(Files.readString(reports.resolve("grades.csv"))))
        .stream()
        .skip(1)
        .collect(Collectors.toMap(r -> r.get(0), r -> r.get(8)));
  }
}
