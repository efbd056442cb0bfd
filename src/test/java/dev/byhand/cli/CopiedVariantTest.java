package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.variants.StudentRubrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * With variants, the identical-answers page names a student whose answers fit a classmate's numbers
 * better than their own, and leaves honest students alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CopiedVariantTest {
  private static final Rubric RUBRIC = VariantsCommandTest.RUBRIC;

  private Path reports;
  private Document page;
  private JsonObject results;

  /** Each computed item's reference for {@code key}'s numbers, as a CSV line's cells. */
  private static Map<String, String> reference(String key) {
    Rubric own = StudentRubrics.forStudent(RUBRIC, key);
    Map<String, String> answers = new LinkedHashMap<>();
    for (Question question : own.questions()) {
      for (ItemSpec item : question.items()) {
        if (!item.manual()) {
          answers.put(question.key(item), cells(own, own.expected(question, item)));
        }
      }
    }
    return answers;
  }

  private static String cells(Rubric rubric, Value value) {
    return value instanceof Value.Token token
        ? rubric.vocabulary().word(token.first())
        : value.entries().stream().map(Object::toString).collect(Collectors.joining(","));
  }

  private static String csv(Map<String, String> answers) {
    return answers.entrySet().stream()
        .map(e -> e.getKey() + "," + e.getValue() + "\n")
        .collect(Collectors.joining());
  }

  @BeforeAll
  void grade(@TempDir Path temp) throws IOException {
    Path submissions = Files.createDirectories(temp.resolve("submissions"));
    Map<String, String> ana = reference("ana");
    Map<String, String> bob = reference("bob");
    Map<String, String> cleo = reference("cleo");
    // The slip below only means something if ana's first hidden state is wrong for bob.
    assertThat(ana.get("q1.hidden")).isNotEqualTo(bob.get("q1.hidden"));

    Files.writeString(submissions.resolve("ana.csv"), csv(ana), StandardCharsets.UTF_8);
    // The copy: every one of ana's answers, handed in by dev.
    Files.writeString(submissions.resolve("dev.csv"), csv(ana), StandardCharsets.UTF_8);
    // Honest, a few right: step 1 right, step 2 guessed.
    Map<String, String> cleoWrites = new LinkedHashMap<>(cleo);
    cleoWrites.put("q3.hidden", "7,7,7");
    cleoWrites.put("q3.logits", "1,2,3,4,5,6");
    Files.writeString(submissions.resolve("cleo.csv"), csv(cleoWrites), StandardCharsets.UTF_8);
    // Honest with a slip that happens to equal ana's h1; the logits then follow from it
    // (follow-through), so two of bob's answers equal ana's numbers, and step 2 is left out.
    Map<String, String> bobWrites = new LinkedHashMap<>();
    bobWrites.put("q1.hidden", ana.get("q1.hidden"));
    bobWrites.put("q1.logits", ana.get("q1.logits"));
    Files.writeString(submissions.resolve("bob.csv"), csv(bobWrites), StandardCharsets.UTF_8);

    reports = temp.resolve("reports");
    CliRun run =
        CliRun.of(
            "grade",
            "--rubric",
            VariantsCommandTest.VARIANTS,
            "--submissions",
            submissions.toString(),
            "--reports",
            reports.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    page = Jsoup.parse(reports.resolve("identical-answers.html").toFile(), "UTF-8");
    results =
        JsonParser.parseString(Files.readString(reports.resolve("results.json"))).getAsJsonObject();
  }

  private static String variant(String key) {
    return StudentRubrics.forStudent(RUBRIC, key).variant().orElseThrow().id();
  }

  @Test
  void aStudentHandingInAClassmatesAnswers_isFlagged_namingTheClassmateAndTheirVariant() {
    List<Element> flags = page.select("#fits .cluster");
    assertThat(flags).hasSize(1);
    Element flag = flags.get(0);
    assertThat(flag.select("a").eachText()).containsExactly("dev", "ana");
    assertThat(flag.select("a").eachAttr("href")).containsExactly("dev.html", "ana.html");
    // Pinned for dev's variant as drawn: both hidden states tell ana's numbers from dev's (the
    // logits follow from them), and dev's copies fit ana's in both.
    assertThat(flag.text())
        .contains("dev (variant " + variant("dev") + ") fits the numbers of")
        .contains("ana (variant " + variant("ana") + ")")
        .contains("in 2 of 2 telling answers, their own in 0")
        .contains("q1.hidden q3.hidden");
  }

  @Test
  void theCopy_doesNotEarnFullMarks_whileTheClassmateDoes() {
    Map<String, java.math.BigDecimal> scores = new LinkedHashMap<>();
    results
        .getAsJsonArray("students")
        .forEach(
            s ->
                scores.put(
                    s.getAsJsonObject().get("id").getAsString(),
                    s.getAsJsonObject().get("score").getAsBigDecimal()));
    assertThat(scores.get("ana")).isEqualByComparingTo("14");
    assertThat(scores.get("dev")).isLessThan(scores.get("ana"));
  }

  @Test
  void honestStudents_areNotFlagged_evenWithASlipThatEqualsAClassmatesValue() {
    assertThat(page.select("#fits .cluster p > a:first-child").eachText())
        .doesNotContain("ana", "bob", "cleo");
  }

  @Test
  void theClassOverview_linksTheCountOfFlaggedStudents() throws IOException {
    Document index = Jsoup.parse(reports.resolve("index.html").toFile(), "UTF-8");
    assertThat(index.select("a[href=identical-answers.html#fits]").text())
        .isEqualTo("1 students whose answers fit a classmate's numbers better than their own");
  }
}
