package dev.byhand.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.byhand.browser.HeadlessBrowser;
import dev.byhand.browser.HeadlessBrowser.Engine;
import dev.byhand.check.CheckText;
import dev.byhand.check.Checker;
import dev.byhand.check.FileCheck;
import dev.byhand.check.ItemCheck;
import dev.byhand.rubric.RubricLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The self-check page of rubrics written with broadcasting, powers, slices, hstack, conv and
 * maxpool, the recurrence extras (first-step rules, the trellis read whole, steps without a
 * sentence) and a table (edit distance, whose page checks correctness, so it fills the table
 * itself), in a real browser, Chromium and Firefox: the page computes the reference with the
 * grammar compiled by TeaVM, and shows every student file the states the JVM's {@code check} gives.
 * Skipped where {@link HeadlessBrowser} is.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class GrammarPageIT {
  private static final Path FIXTURES = Path.of("src/test/resources/grammar");

  @Parameter Engine engine;

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "batch-norm",
        "two-head-attention",
        "hmm-forward",
        "viterbi",
        "gradient-descent",
        "conv-pool",
        "edit-distance"
      })
  void everyStudentFileGetsTheStatesOfTheJvmCheck(String id) throws Exception {
    HeadlessBrowser browser = HeadlessBrowser.require(engine);
    Path rubric = rubric(id);
    Path page = temp.resolve(id + ".html");
    SelfCheckPages.write(rubric, page);
    List<Path> files = files(students(id));
    JsonObject plan = new JsonObject();
    plan.addProperty("page", page.toAbsolutePath().toString());
    JsonArray list = new JsonArray();
    files.forEach(f -> list.add(f.toAbsolutePath().toString()));
    plan.add("files", list);
    plan.add("type", new JsonObject());
    JsonObject result = browser.drive("drive-page.js", plan, temp);

    assertThat(result.getAsJsonArray("errors")).as("errors in the page").isEmpty();
    Checker checker = new Checker(new RubricLoader().load(rubric));
    CheckText text = new CheckText(false);
    JsonArray loaded = result.getAsJsonArray("loaded");
    assertThat(loaded).hasSize(files.size());
    for (int f = 0; f < files.size(); f++) {
      FileCheck expected = checker.check(files.get(f));
      JsonObject shown = loaded.get(f).getAsJsonObject();
      String file = files.get(f).toString();
      assertThat(shown.get("conclusion").getAsString())
          .as(file)
          .isEqualTo(text.conclusion(expected));
      JsonArray items = shown.getAsJsonArray("items");
      for (int i = 0; i < expected.items().size(); i++) {
        ItemCheck item = expected.items().get(i);
        assertThat(items.get(i).getAsJsonObject().get("state").getAsString())
            .as(file + " " + item.key())
            .isEqualTo(PageEngine.stateId(item.state()));
      }
    }
  }

  /** A fixture of this test's own, else a shipped rubric (recurrences: first-step rules, steps). */
  private static Path rubric(String id) {
    Path fixture = FIXTURES.resolve(id + ".json");
    return Files.exists(fixture) ? fixture : Path.of("rubrics", id + ".json");
  }

  private static Path students(String id) {
    Path fixture = FIXTURES.resolve(id);
    return Files.isDirectory(fixture) ? fixture : Path.of("samples", id);
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
