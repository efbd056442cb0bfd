package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.network.Value;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.variants.StudentRubrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HandoutCommandTest {
  static final String VARIANTS = "rubrics/rnn-by-hand-variants.json";
  static final Rubric RUBRIC = new RubricLoader().load(Path.of(VARIANTS));

  @TempDir Path folder;

  static String firstRowOfW(String key) {
    Value.Mat w = (Value.Mat) StudentRubrics.forStudent(RUBRIC, key).network().values().get("W");
    return w.value().row(0).entries().stream()
        .map(Object::toString)
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "md", "tex"})
  void eachFormatShowsTheStudentsOwnNumbers(String format) throws IOException {
    Path file = folder.resolve("ana." + format);
    CliRun run =
        CliRun.of(
            "handout",
            "--rubric",
            VARIANTS,
            "--student",
            "Ana@Colgate.edu",
            "--format",
            format,
            "-o",
            file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String flat =
        text.replaceAll("<[^>]+>", " ")
            .replaceAll("[\\[\\],&]|\\\\\\\\", " ")
            .replaceAll("\\s+", " ");
    assertThat(flat).contains(firstRowOfW("ana@colgate.edu"));
    assertThat(text)
        .contains(StudentRubrics.forStudent(RUBRIC, "ana@colgate.edu").variant().get().id())
        .contains("BOS the cat is outside EOS")
        .contains("What is the new hidden state");
  }

  @Test
  void theHtmlIsSelfContained_withMathMlEquations() throws IOException {
    Path file = folder.resolve("h.html");
    CliRun.of("handout", "--rubric", "rubrics/rnn-by-hand.json", "-o", file.toString());
    Document page = Jsoup.parse(file.toFile(), "UTF-8");
    assertThat(page.select("math msub")).isNotEmpty();
    assertThat(page.select("script, link, img, [src]")).isEmpty();
    assertThat(page.text()).doesNotContain("variant");
  }

  /**
   * MathML Core's elements: what Chromium lays out; mfenced, menclose and the like need MathJax.
   */
  static final java.util.Set<String> MATHML_CORE =
      java.util.Set.of(
          "math",
          "semantics",
          "annotation",
          "annotation-xml",
          "mrow",
          "mi",
          "mn",
          "mo",
          "mtext",
          "ms",
          "mspace",
          "merror",
          "mpadded",
          "mphantom",
          "mstyle",
          "mfrac",
          "msqrt",
          "mroot",
          "msub",
          "msup",
          "msubsup",
          "munder",
          "mover",
          "munderover",
          "mmultiscripts",
          "mprescripts",
          "mtable",
          "mtr",
          "mtd");

  @ParameterizedTest
  @ValueSource(strings = {"rubrics/rnn-by-hand.json", "rubrics/mlp-backprop.json"})
  void theHtmlMathIsMathMlCore_withoutMathJaxOnlyElementsOrTeX(String rubric) throws IOException {
    Path file = folder.resolve("h.html");
    CliRun run = CliRun.of("handout", "--rubric", rubric, "--answers", "-o", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    for (Path html : java.util.List.of(file, folder.resolve("h-answers.html"))) {
      Document page = Jsoup.parse(html.toFile(), "UTF-8");
      assertThat(page.select("math")).isNotEmpty();
      page.select("math, math *")
          .forEach(e -> assertThat(MATHML_CORE).as(html + " " + e.tagName()).contains(e.tagName()));
      assertThat(page.html()).doesNotContain("\\(").doesNotContain("$$").doesNotContain("http");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "md", "tex"})
  void anAnswerKeySaysItIsTheTas_andShowsAnInexactAnswerRoundedToItsTolerance(String format)
      throws IOException {
    Path file = folder.resolve("attention." + format);
    CliRun run =
        CliRun.of(
            "handout",
            "--rubric",
            "rubrics/attention.json",
            "--format",
            format,
            "--answers",
            "-o",
            file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String handout = Files.readString(file, StandardCharsets.UTF_8);
    String key = Files.readString(folder.resolve("attention-answers." + format));
    String flat =
        key.replaceAll("<[^>]+>", " ")
            .replaceAll("[\\[\\],&]|\\\\\\\\", " ")
            .replaceAll("\\s+", " ");
    assertThat(key).contains("Answer key: for TAs only. Do not hand out.");
    assertThat(handout).doesNotContain("for TAs only");
    assertThat(flat).contains("0.12 0.33 0.55").doesNotContain("0000000000");
    assertThat(flat.replace("\\mathit{dk}", "dk")).contains("dk = 4 ");
  }

  @Test
  void aRosterGivesEveryStudentTheirOwnFile_andTasTheirAnswerKeys() throws IOException {
    Path roster =
        Files.writeString(
            folder.resolve("roster.csv"),
            "\uFEFFName;Email;SID\r\n"
                + "Zoë Müller;Zoë.Müller@colgate.edu;1\r\n\"O'Brien; Pat\";o'brien@colgate.edu;2\r\n",
            StandardCharsets.UTF_8);
    Path out = folder.resolve("handouts");
    CliRun run =
        CliRun.of(
            "handout",
            "--rubric",
            VARIANTS,
            "--roster",
            roster.toString(),
            "--format",
            "md",
            "--answers",
            "-o",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String zoe = Files.readString(out.resolve("zoë.müller@colgate.edu.md"));
    assertThat(zoe.replaceAll("[\\[\\],]", " ").replaceAll("\\s+", " "))
        .contains(firstRowOfW("zoë.müller@colgate.edu"));
    String key = Files.readString(out.resolve("o'brien@colgate.edu-answers.md"));
    Rubric own = StudentRubrics.forStudent(RUBRIC, "o'brien@colgate.edu");
    assertThat(key)
        .contains("q1.hidden =")
        .contains(
            own.expected(own.question("q1").get(), own.question("q1").get().items().get(0))
                .toString());
  }

  @Test
  void aRosterInAnOlderSpreadsheetEncoding_isRefusedSayingHowToSaveIt() throws IOException {
    Path roster =
        Files.write(
            folder.resolve("latin1.csv"),
            "email\nren\u00e9e@colgate.edu\n".getBytes(StandardCharsets.ISO_8859_1));
    CliRun run =
        CliRun.of(
            "handout",
            "--rubric",
            VARIANTS,
            "--roster",
            roster.toString(),
            "-o",
            folder.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is not UTF-8 text").contains("CSV UTF-8");
  }

  @Test
  void aRosterWithoutAnEmailOrIdColumn_isNamed() throws IOException {
    Path roster = Files.writeString(folder.resolve("r.csv"), "Name,Section\nAna,1\n");
    CliRun run =
        CliRun.of(
            "handout",
            "--rubric",
            VARIANTS,
            "--roster",
            roster.toString(),
            "-o",
            folder.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("has no email or id column");
  }
}
