package dev.byhand.prairielearn;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.byhand.exact.Vector;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.variants.StudentRubrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rubric with variants on PrairieLearn: server.py gives each PrairieLearn variant one of byhand's
 * drawn variants, and the grader grades against the numbers the question showed.
 */
class VariantsOnPrairieLearnTest {
  private static final Path RUBRIC = Path.of("rubrics/rnn-by-hand-variants.json");
  private static final Rubric VARIED = new RubricLoader().load(RUBRIC);

  @TempDir Path question;
  @TempDir Path job;
  private JsonArray table;

  @BeforeEach
  void packageTheVariedHandout() throws IOException {
    Path jar = job.resolve("byhand.jar");
    Files.write(jar, new byte[] {'P', 'K', 3, 4});
    QuestionPackage.write(question, VARIED, Files.readString(RUBRIC), jar, "img", "RNNs", 5);
    String serverPy = Files.readString(question.resolve("server.py"));
    String literal =
        serverPy.substring(serverPy.indexOf("VARIANTS = ") + 11, serverPy.indexOf("\n\n\ndef"));
    table = JsonParser.parseString(literal).getAsJsonArray();
    Files.createDirectories(job.resolve("tests"));
    Files.copy(RUBRIC, job.resolve("tests/rubric.json"));
  }

  @Test
  void eachPrairieLearnVariantShowsItsOwnDrawnNumbers() throws IOException {
    assertThat(table).hasSize(5);
    Set<String> exercises = new HashSet<>();
    table.forEach(v -> exercises.add(v.getAsJsonObject().get("exercise").getAsString()));
    assertThat(exercises).hasSize(5);
    assertThat(Files.readString(question.resolve("question.html")))
        .contains("{{{params.byhand_exercise}}}");
    JsonObject info =
        JsonParser.parseString(Files.readString(question.resolve("info.json"))).getAsJsonObject();
    assertThat(info.get("singleVariant").getAsBoolean()).isFalse();
  }

  @Test
  void theGraderGradesAgainstTheNumbersTheVariantShowed() throws IOException {
    String key = table.get(3).getAsJsonObject().get("key").getAsString();
    Rubric shown = StudentRubrics.forStudent(VARIED, key);

    assertThat(score(key, shown)).isEqualTo(1.0);
    assertThat(score(key, VARIED)).isLessThan(1.0);
  }

  @Test
  void withoutADrawnKeyTheJobIsNotGradable() throws IOException {
    JsonObject data = new JsonObject();
    data.add("params", new JsonObject());
    data.add("raw_submitted_answers", new JsonObject());
    Files.createDirectories(job.resolve("data"));
    Files.writeString(job.resolve("data/data.json"), data.toString());

    ExternalGrader.Outcome outcome = new ExternalGrader(job, Optional.empty()).run();

    assertThat(outcome.graded()).isFalse();
    assertThat(outcome.summary()).contains("params.byhand_variant");
  }

  /** The score of answers that are {@code answered}'s reference, under the variant {@code key}. */
  private double score(String key, Rubric answered) throws IOException {
    JsonObject raw = new JsonObject();
    for (Question q : answered.questions()) {
      for (ItemSpec item : q.items()) {
        if (item.manual()) {
          continue;
        }
        String name = AnswerNames.of(q, item);
        Value value = answered.expected(q, item);
        if (value instanceof Value.Vec vec) {
          Vector v = vec.value();
          for (int i = 0; i < v.size(); i++) {
            raw.addProperty(name + (i + 1), v.get(i).toString());
          }
        } else if (value instanceof Value.Token token) {
          raw.addProperty(name, answered.vocabulary().word(token.ids().first()));
        }
      }
    }
    JsonObject params = new JsonObject();
    params.addProperty("byhand_variant", key);
    JsonObject data = new JsonObject();
    data.add("params", params);
    data.add("raw_submitted_answers", raw);
    Files.createDirectories(job.resolve("data"));
    Files.writeString(job.resolve("data/data.json"), data.toString());
    new ExternalGrader(job, Optional.empty()).run();
    return JsonParser.parseString(Files.readString(job.resolve("results/results.json")))
        .getAsJsonObject()
        .get("score")
        .getAsDouble();
  }
}
