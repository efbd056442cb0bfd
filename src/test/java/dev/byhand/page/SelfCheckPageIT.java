package dev.byhand.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.byhand.browser.HeadlessBrowser;
import dev.byhand.browser.HeadlessBrowser.Engine;
import dev.byhand.check.CheckText;
import dev.byhand.check.Checker;
import dev.byhand.check.FileCheck;
import dev.byhand.check.ItemCheck;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The self-check page in a real browser, Debian's Chromium and Firefox ESR, headless, driven by
 * puppeteer-core from file://: every file of the hostile corpus and the sample class gets, per
 * item, the state and sentence the JVM's {@code check} gives; typing the answers by keyboard makes
 * it ready; nothing is requested from a network. Skipped outside CI when a browser or
 * puppeteer-core is missing (see {@link HeadlessBrowser}).
 */
@ParameterizedClass
@EnumSource(Engine.class)
class SelfCheckPageIT {
  private static final Path RUBRIC = Path.of("rubrics/rnn-by-hand.json");
  private static JsonObject result;
  private static List<Path> files;
  private static long pageBytes;

  @Parameter Engine engine;

  @BeforeParameterizedClassInvocation
  static void driveThePage(Engine engine, @TempDir Path temp) throws Exception {
    HeadlessBrowser browser = HeadlessBrowser.require(engine);
    Path page = temp.resolve("answers.html");
    SelfCheckPages.write(RUBRIC, page);
    pageBytes = Files.size(page);
    files = answerFiles();
    JsonObject plan = new JsonObject();
    plan.addProperty("page", page.toAbsolutePath().toString());
    plan.addProperty(
        "screenshot",
        Path.of(
                "target/browser-test/page-"
                    + engine.name().toLowerCase(java.util.Locale.ROOT)
                    + ".png")
            .toAbsolutePath()
            .toString());
    JsonArray list = new JsonArray();
    files.forEach(f -> list.add(f.toAbsolutePath().toString()));
    plan.add("files", list);
    JsonObject type = new JsonObject();
    aliceAnswers().forEach(type::addProperty);
    plan.add("type", type);
    result = browser.drive("drive-page.js", plan, temp);
  }

  @Test
  void everyFileGetsTheStatesAndSentencesOfTheJvmCheck() {
    Rubric rubric = new RubricLoader().load(RUBRIC);
    Checker checker = new Checker(rubric);
    CheckText text = new CheckText(false);
    JsonArray loaded = result.getAsJsonArray("loaded");
    assertThat(loaded).hasSize(files.size());
    for (int f = 0; f < files.size(); f++) {
      FileCheck expected = checker.check(files.get(f));
      JsonObject shown = loaded.get(f).getAsJsonObject();
      String file = files.get(f).toString();
      assertThat(shown.get("ready").getAsString())
          .as(file)
          .isEqualTo(String.valueOf(expected.isComplete()));
      assertThat(shown.get("conclusion").getAsString())
          .as(file)
          .isEqualTo(text.conclusion(expected));
      assertThat(shown.get("unreadable").getAsString())
          .as(file)
          .isEqualTo(expected.unreadable().map(u -> "This file cannot be read: " + u).orElse(""));
      assertThat(strings(shown.getAsJsonArray("notes"))).as(file).isEqualTo(expected.notes());
      JsonArray items = shown.getAsJsonArray("items");
      for (int i = 0; i < expected.items().size(); i++) {
        ItemCheck item = expected.items().get(i);
        JsonObject showed = items.get(i).getAsJsonObject();
        assertThat(showed.get("key").getAsString()).isEqualTo(item.key());
        assertThat(showed.get("state").getAsString())
            .as(file + " " + item.key())
            .isEqualTo(PageEngine.stateId(item.state()));
        String detail = text.detail(item);
        assertThat(showed.get("detail").getAsString())
            .as(file + " " + item.key())
            .isEqualTo(
                item.where().isEmpty() || detail.isEmpty()
                    ? item.where() + detail
                    : item.where() + ": " + detail);
      }
    }
  }

  /**
   * Every key press shows the states again; how fast is measured, not asserted here (a timed
   * assertion fails at random on a loaded machine): the slowest is printed for the record.
   */
  @Test
  void typingTheAnswersByKeyboardMakesTheFileReady_showingTheStatesAtEveryKeyPress() {
    JsonObject typed = result.getAsJsonObject("typed");
    assertThat(typed.get("ready").getAsString()).as(typed.toString()).isEqualTo("true");
    JsonArray latencies = typed.getAsJsonArray("latencies");
    assertThat(latencies).as("one measurement a key press").isNotEmpty();
    double slowest = 0;
    for (JsonElement latency : latencies) {
      slowest = Math.max(slowest, latency.getAsDouble());
    }
    System.out.printf("%s: slowest key press to states shown: %.1f ms%n", engine, slowest);
  }

  @Test
  void thePageRequestsNothingFromANetworkAndStaysSmall() {
    assertThat(strings(result.getAsJsonArray("requests"))).isEmpty();
    assertThat(strings(result.getAsJsonArray("errors"))).isEmpty();
    assertThat(pageBytes).isLessThan(1_500_000);
  }

  /**
   * Every plain file a student could pick: the hostile corpus's and the sample class's, no folders
   * or links.
   */
  private static List<Path> answerFiles() throws IOException {
    List<Path> found = new ArrayList<>();
    for (Path folder : List.of(Path.of("src/test/resources/hostile"), Path.of("submissions"))) {
      try (Stream<Path> entries = Files.list(folder)) {
        entries
            .filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
            .sorted()
            .forEach(found::add);
      }
    }
    return found;
  }

  private static Map<String, String> aliceAnswers() throws IOException {
    Map<String, String> answers = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("submissions/alice.csv"))) {
      int comma = line.indexOf(',');
      answers.put(
          line.substring(0, comma).toLowerCase(java.util.Locale.ROOT), line.substring(comma + 1));
    }
    return answers;
  }

  private static List<String> strings(JsonArray array) {
    List<String> strings = new ArrayList<>();
    array.forEach(e -> strings.add(e.getAsString()));
    return strings;
  }
}
