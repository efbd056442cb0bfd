package dev.byhand.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.report.StudentReportView.ItemView;
import dev.byhand.report.StudentReportView.QuestionView;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StudentReportPageTest {
  private static final ReportRenderer RENDERER = new ReportRenderer();

  private static Document render(StudentReportView view) {
    return Jsoup.parse(RENDERER.renderStudent(view));
  }

  @Nested
  class Html5 {
    private final String html = RENDERER.renderStudent(ReportFixtures.alice());
    private final Document page = Jsoup.parse(html);

    @Test
    void startsWithADoctypeAndDeclaresLanguageCharsetAndViewport() {
      assertThat(html).startsWith("<!doctype html>\n");
      assertThat(page.childNodes()).first().isInstanceOf(DocumentType.class);
      assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
      assertThat(page.select("head > meta[charset=utf-8]")).hasSize(1);
      assertThat(page.selectFirst("meta[name=viewport]").attr("content"))
          .contains("width=device-width");
    }

    @Test
    void titleIsTheViewsTitle() {
      assertThat(page.title()).isEqualTo("alice — Understanding RNNs: RNN by hand");
    }

    @Test
    void everyRecordAccessorIsRendered() {
      assertThat(page.selectFirst("h1").text()).isEqualTo("alice");
      assertThat(page.selectFirst(".score").text()).isEqualTo("Score 4 / 10 (40%)");
      assertThat(page.selectFirst(".pending").text()).startsWith("2 points are graded by a TA");
      assertThat(page.selectFirst(".file code").text()).isEqualTo("alice.csv");
      assertThat(page.select("section.question")).hasSize(4);
      assertThat(page.select("section.question tbody tr")).hasSize(7);
      assertThat(page.select("section.trace tbody tr")).hasSize(2);
      assertThat(page.selectFirst(".trace-summary").text()).contains("step 1, logits 1 entry 2");
      assertThat(page.select(".trace mark").eachText()).containsExactly("6", "2");
    }
  }

  @Nested
  class Items {
    private final Document page = render(ReportFixtures.alice());

    @Test
    void verdictBadgeCarriesTheStatusAsClassAndTheLabelAsText() {
      Element row = page.selectFirst("section#q3 tbody tr:nth-child(2)");
      assertThat(row.selectFirst(".badge").classNames()).contains("v-unparseable");
      assertThat(row.selectFirst(".badge").text()).isEqualTo("Unreadable");
      assertThat(row.selectFirst(".points").text()).isEqualTo("0 / 2 points");
      assertThat(row.selectFirst(".feedback").text())
          .isEqualTo("'five' is not a number (alice.csv line 6); write digits");
    }

    @Test
    void emptyExpectedAndGiven_showAQuietPlaceholderInsteadOfAnEmptyCodeBox() {
      Element manual = page.selectFirst("section#q0 tbody tr");
      assertThat(manual.select("code.answer")).isEmpty();
      assertThat(manual.select(".none").eachText())
          .containsExactly("handed in separately", "judged by a TA");
      Element missing = page.selectFirst("section#q3 tbody tr");
      assertThat(missing.select(".given .none").eachText()).containsExactly("no answer");
    }

    @Test
    void fileProblemsBox_appearsOnlyWhenTheFileHadProblems() {
      assertThat(page.select(".file-problems li")).hasSize(1);
      StudentReportView clean = withProblems(ReportFixtures.alice(), List.of());
      assertThat(render(clean).select(".file-problems")).isEmpty();
    }

    @Test
    void noSourceFileAndNoPendingNote_leaveNoEmptyLines() {
      StudentReportView v = ReportFixtures.alice();
      StudentReportView bare =
          new StudentReportView(
              v.title(),
              v.assignment(),
              v.studentId(),
              "",
              v.score(),
              v.maxScore(),
              v.percent(),
              "",
              v.fileProblems(),
              v.questions(),
              v.trace());
      Document page = render(bare);
      assertThat(page.select(".file, .pending")).isEmpty();
    }
  }

  @Nested
  class Offline {
    private final Document page = render(ReportFixtures.alice());

    @Test
    void noAttributePointsOutsideThePage() {
      for (Element e : page.select("[src], [href]")) {
        String target = (e.attr("src") + e.attr("href")).strip().toLowerCase();
        assertThat(target)
            .doesNotStartWith("http:")
            .doesNotStartWith("https:")
            .doesNotStartWith("//");
      }
      assertThat(page.select("script, link, img, iframe, object")).isEmpty();
    }

    @Test
    void inlineCssLoadsNothing() {
      String css = page.select("style").html();
      assertThat(css)
          .isNotBlank()
          .doesNotContain("@import")
          .doesNotContain("url(")
          .doesNotContain("@font-face");
    }
  }

  @Nested
  class Escaping {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String MUSTACHE = "{{title}}";
    private static final String ATTRIBUTE = "\" onmouseover=\"x";

    private final StudentReportView hostile =
        new StudentReportView(
            "t&<>",
            "a",
            "id&<>\"'",
            "f<b>.csv",
            "1",
            "2",
            "50%",
            SCRIPT,
            List.of(SCRIPT),
            List.of(
                new QuestionView(
                    "q1",
                    MUSTACHE,
                    ATTRIBUTE,
                    "1",
                    "2",
                    List.of(
                        new ItemView(
                            "q1.hidden",
                            SCRIPT,
                            SCRIPT,
                            MUSTACHE,
                            "correct",
                            ATTRIBUTE,
                            "1",
                            "2",
                            ATTRIBUTE,
                            SCRIPT)))),
            new TraceView(
                SCRIPT,
                List.of(
                    new TraceView.Row(
                        SCRIPT,
                        MUSTACHE,
                        "incorrect",
                        List.of(new TraceView.Entry(SCRIPT, true)),
                        List.of(new TraceView.Entry(ATTRIBUTE, false)),
                        SCRIPT))));
    private final Document page = render(hostile);

    @Test
    void studentTextNeverBecomesMarkup() {
      assertThat(page.select("script")).isEmpty();
      assertThat(page.select("[onmouseover]")).isEmpty();
      assertThat(page.select("b")).isEmpty();
      assertThat(page.selectFirst("code.answer").text()).isEqualTo(SCRIPT);
      assertThat(page.selectFirst(".badge").text()).isEqualTo(ATTRIBUTE);
      assertThat(page.selectFirst(".file-problems li").text()).isEqualTo(SCRIPT);
    }

    @Test
    void specialCharactersInTheStudentIdSurviveAsText() {
      assertThat(page.selectFirst("h1").text()).isEqualTo("id&<>\"'");
      assertThat(page.title()).isEqualTo("t&<>");
    }

    @Test
    void mustacheInStudentTextIsNotExpanded() {
      assertThat(page.selectFirst(".question h2").text()).isEqualTo("q1 " + MUSTACHE);
      assertThat(page.select("code.answer").eachText()).contains(MUSTACHE);
    }
  }

  private static StudentReportView withProblems(StudentReportView v, List<String> problems) {
    return new StudentReportView(
        v.title(),
        v.assignment(),
        v.studentId(),
        v.sourceFile(),
        v.score(),
        v.maxScore(),
        v.percent(),
        v.pendingNote(),
        problems,
        v.questions(),
        v.trace());
  }
}
