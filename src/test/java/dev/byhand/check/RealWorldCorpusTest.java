package dev.byhand.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.byhand.grading.Grader;
import dev.byhand.grading.ItemResult;
import dev.byhand.grading.RubricKeys;
import dev.byhand.grading.StudentResult;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.submission.Submission;
import dev.byhand.submission.SubmissionReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files the way students hand them in when told "CSV or JSON" ({@code
 * src/test/resources/realworld/}), graded as a careful TA grades them ({@code manifest.json}:
 * {@code ta}). Where byhand knowingly differs, {@code byhand} says how and {@code why} says why.
 */
class RealWorldCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/realworld");
  private static final Rubric HANDOUT =
      new RubricLoader().load(Path.of("rubrics/rnn-by-hand.json"));
  private static final SubmissionReader READER = new SubmissionReader(RubricKeys.of(HANDOUT));

  static Stream<JsonObject> entries() throws IOException {
    JsonArray manifest =
        JsonParser.parseString(
                Files.readString(CORPUS.resolve("manifest.json"), StandardCharsets.UTF_8))
            .getAsJsonArray();
    List<JsonObject> entries = new ArrayList<>();
    manifest.forEach(e -> entries.add(e.getAsJsonObject()));
    return entries.stream();
  }

  static StudentResult graded(String file) {
    Submission submission = READER.read("student", CORPUS.resolve(file));
    return new Grader(HANDOUT).grade(List.of(submission)).get(0);
  }

  static Map<String, String> verdicts(StudentResult result) {
    Map<String, String> verdicts = new LinkedHashMap<>();
    for (ItemResult item : result.items()) {
      if (!item.question().isManual()) {
        verdicts.put(item.key(), item.status().id());
      }
    }
    return verdicts;
  }

  static Map<String, String> expected(JsonObject verdicts, Map<String, String> keys) {
    Map<String, String> expected = new LinkedHashMap<>();
    for (String key : keys.keySet()) {
      JsonElement verdict = verdicts.has(key) ? verdicts.get(key) : verdicts.get("all");
      expected.put(key, verdict.getAsString());
    }
    return expected;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void eachFile_isGradedAsTheManifestSays(JsonObject entry) {
    String file = entry.get("file").getAsString();
    StudentResult result = graded(file);
    Map<String, String> actual = verdicts(result);
    JsonObject verdicts =
        entry.has("byhand") ? entry.getAsJsonObject("byhand") : entry.getAsJsonObject("ta");
    assertThat(actual).as(file).isEqualTo(expected(verdicts, actual));
    if (entry.has("format")) {
      assertThat(READER.read("student", CORPUS.resolve(file)).format().map(Enum::name))
          .as(file)
          .contains(entry.get("format").getAsString());
    }
    if (entry.has("message")) {
      String sentences =
          String.join("\n", result.fileProblems())
              + "\n"
              + String.join("\n", result.items().stream().map(ItemResult::feedback).toList());
      assertThat(sentences).as(file).contains(entry.get("message").getAsString());
    }
  }

  @Test
  void agreementWithACarefulTa_staysAtLeastWhereItIs() throws IOException {
    int agree = 0;
    int total = 0;
    for (JsonObject entry : entries().toList()) {
      Map<String, String> actual = verdicts(graded(entry.get("file").getAsString()));
      Map<String, String> ta = expected(entry.getAsJsonObject("ta"), actual);
      for (String key : actual.keySet()) {
        total++;
        agree += actual.get(key).equals(ta.get(key)) ? 1 : 0;
      }
    }
    // Before issue 15 byhand agreed on 66 of 186 items; the rest are listed with their reasons.
    assertThat(agree)
        .as("items agreeing with a careful TA, of " + total)
        .isGreaterThanOrEqualTo(178);
  }
}
