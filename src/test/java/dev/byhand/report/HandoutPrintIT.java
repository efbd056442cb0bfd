package dev.byhand.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.byhand.browser.HeadlessBrowser;
import dev.byhand.cli.Main;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.variants.StudentRubrics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML handouts in a real browser (headless Chromium, see {@link HeadlessBrowser}; printing is
 * tested in Chromium only): four rubrics, each as the students' sheet and the TAs' answer key, one
 * of them with the own numbers of a student whose key has an accent and an apostrophe. Each is
 * loaded from file://, looked at under print media and printed to PDF on A4 and Letter.
 */
class HandoutPrintIT {
  static final String STUDENT = "Zoë.O'Brien@colgate.edu";
  static final Map<String, Rubric> RUBRICS = new LinkedHashMap<>();
  private static final Map<String, JsonObject> SEEN = new LinkedHashMap<>();

  @BeforeAll
  static void printEveryHandout(@TempDir Path temp) throws Exception {
    HeadlessBrowser browser = HeadlessBrowser.require();
    RubricLoader loader = new RubricLoader();
    RUBRICS.put(
        "rnn-by-hand-variants",
        StudentRubrics.forStudent(
            loader.load(Path.of("rubrics/rnn-by-hand-variants.json")), STUDENT));
    for (String name : List.of("mlp-backprop", "stacked-rnn", "attention")) {
      RUBRICS.put(name, loader.load(Path.of("rubrics/" + name + ".json")));
    }
    JsonArray pages = new JsonArray();
    Path shots = Path.of("target/browser-test/handouts").toAbsolutePath();
    java.nio.file.Files.createDirectories(shots);
    for (String name : RUBRICS.keySet()) {
      render(name, temp.resolve(name + ".html"));
      for (String file : List.of(name, name + "-answers")) {
        JsonObject page = new JsonObject();
        page.addProperty("file", temp.resolve(file + ".html").toString());
        page.addProperty("screenshot", shots.resolve(file + ".png").toString());
        JsonObject pdfs = new JsonObject();
        pdfs.addProperty("A4", shots.resolve(file + "-A4.pdf").toString());
        pdfs.addProperty("Letter", shots.resolve(file + "-Letter.pdf").toString());
        page.add("pdfs", pdfs);
        pages.add(page);
      }
    }
    JsonObject plan = new JsonObject();
    plan.add("pages", pages);
    JsonArray results = browser.drive("drive-handout.js", plan, temp).getAsJsonArray("pages");
    for (JsonElement result : results) {
      String file =
          Path.of(result.getAsJsonObject().get("file").getAsString()).getFileName().toString();
      SEEN.put(file.substring(0, file.length() - ".html".length()), result.getAsJsonObject());
    }
  }

  private static void render(String rubric, Path file) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "handout",
                "--rubric",
                "rubrics/" + rubric + ".json",
                "--format",
                "html",
                "--answers",
                "-o",
                file.toString()));
    if (rubric.endsWith("variants")) {
      args.addAll(List.of("--student", STUDENT));
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err),
            args.toArray(String[]::new));
    assertThat(code).as(err.toString()).isZero();
  }

  @Test
  void everyHandoutLoadsWithoutErrorsAndRequestsNothing() {
    assertThat(SEEN).hasSize(2 * RUBRICS.size());
    SEEN.forEach(
        (file, seen) -> {
          assertThat(strings(seen.getAsJsonArray("requests"))).as(file).isEmpty();
          assertThat(strings(seen.getAsJsonArray("errors"))).as(file).isEmpty();
        });
  }

  @Test
  void everyEquationAndMatrixIsLaidOutAsMathMl() {
    SEEN.forEach(
        (file, seen) -> {
          JsonArray math = seen.getAsJsonArray("math");
          Rubric rubric = RUBRICS.get(file.replace("-answers", ""));
          assertThat(math.size())
              .as(file + ": one <math> per equation and value")
              .isGreaterThanOrEqualTo(
                  rubric.network().equations().size() + rubric.network().values().size());
          for (JsonElement element : math) {
            JsonObject box = element.getAsJsonObject();
            assertThat(box.get("width").getAsDouble()).as(file + " " + box).isPositive();
            assertThat(box.get("height").getAsDouble()).as(file + " " + box).isPositive();
          }
        });
  }

  @Test
  void theStudentSeesTheirOwnNumbersAndTheirKeyAsTyped() {
    Rubric own = RUBRICS.get("rnn-by-hand-variants");
    String text = flat(SEEN.get("rnn-by-hand-variants"));
    own.network()
        .values()
        .forEach((name, value) -> assertThat(text).contains("= " + entries(value)));
    assertThat(text)
        .contains("variant " + own.variant().orElseThrow().id() + " for zoë.o'brien@colgate.edu.")
        .doesNotContain("&#39;")
        .doesNotContain("Answer key");
  }

  @Test
  void theAnswerKeySaysItIsTheTasAndShowsTheStudentsAnswers() {
    Rubric own = RUBRICS.get("rnn-by-hand-variants");
    String key = flat(SEEN.get("rnn-by-hand-variants-answers"));
    assertThat(key).contains(Handout.TA_ONLY);
    Question q1 = own.question("q1").orElseThrow();
    for (ItemSpec item : q1.items()) {
      assertThat(key).contains(q1.key(item) + " = " + entries(own.expected(q1, item)));
    }
  }

  @Test
  void anInexactAnswerIsShownRoundedToItsTolerance() {
    String key = flat(SEEN.get("attention-answers"));
    assertThat(key).contains("q2.weights = 0.12 0.33 0.55").doesNotContain("0000000000");
  }

  @Nested
  class Printed {
    @Test
    void onA4AndLetterEveryHandoutTakesOneToThreePages() {
      SEEN.forEach(
          (file, seen) -> {
            JsonObject printed = seen.getAsJsonObject("printed");
            for (String format : List.of("A4", "Letter")) {
              assertThat(printed.getAsJsonObject(format).get("pages").getAsInt())
                  .as(file + " on " + format)
                  .isBetween(1, 3);
            }
          });
    }

    @Test
    void nothingPassesThePrintableWidth() {
      SEEN.forEach(
          (file, seen) -> {
            JsonObject printed = seen.getAsJsonObject("printed");
            for (String format : List.of("A4", "Letter")) {
              JsonObject overflow = printed.getAsJsonObject(format).getAsJsonObject("overflow");
              assertThat(strings(overflow.getAsJsonArray("elements")))
                  .as(file + " on " + format)
                  .isEmpty();
              assertThat(overflow.get("scrollWidth").getAsInt())
                  .as(file + " on " + format)
                  .isLessThanOrEqualTo(overflow.get("clientWidth").getAsInt());
            }
          });
    }

    @Test
    void printingHidesNothing() {
      SEEN.forEach(
          (file, seen) ->
              assertThat(strings(seen.getAsJsonArray("hiddenInPrint"))).as(file).isEmpty());
    }

    @Test
    void noQuestionOrMatrixMayBeSplitAcrossPages() {
      SEEN.forEach(
          (file, seen) -> {
            JsonArray unbreakable = seen.getAsJsonArray("unbreakable");
            assertThat(unbreakable).as(file).isNotEmpty();
            for (JsonElement element : unbreakable) {
              assertThat(element.getAsJsonObject().get("breakInside").getAsString())
                  .as(file + " " + element)
                  .isEqualTo("avoid");
            }
          });
    }
  }

  /** The text as rendered, every run of white space one space. */
  private static String flat(JsonObject seen) {
    return seen.get("text").getAsString().replaceAll("\\s+", " ");
  }

  /** A value's exact entries, row after row, as the rendered text lists them. */
  private static String entries(Value value) {
    List<String> all = new ArrayList<>();
    ValueRows.of(value).forEach(all::addAll);
    return String.join(" ", all);
  }

  private static List<String> strings(JsonArray array) {
    List<String> strings = new ArrayList<>();
    array.forEach(e -> strings.add(e.getAsString()));
    return strings;
  }
}
