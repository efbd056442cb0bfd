package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Classic by-hand exercises none of the shipped rubrics is (a perceptron's three updates, one
 * logistic-regression step, add &amp; norm, self-attention, an MLP with softmax and cross-entropy,
 * a strided padded 1-D convolution with max pooling, Levenshtein on kitten and sitting, a forward
 * pass on another HMM, PCA's covariance), written the way an instructor writes them, run end to end
 * through every command. The references come from {@code src/test/resources/classics/compute.py}
 * (fractions and Python's decimal module, nothing shared with byhand), which also writes the
 * students: one right, one who slips and carries on, one who leaves items out; the verdicts a TA
 * gives them are in {@code expected.json}.
 */
class ClassicExercisesTest {
  private static final Path FIXTURES = Path.of("src/test/resources/classics");

  @TempDir Path temp;

  private static String rubric(String id) {
    return FIXTURES.resolve(id + ".json").toString();
  }

  private static JsonObject json(Path file) throws IOException {
    return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "perceptron",
        "logreg-step",
        "layernorm-residual",
        "self-attention",
        "mlp-softmax-ce",
        "conv1d-pool",
        "levenshtein",
        "hmm-weather",
        "pca-cov"
      })
  void everyCommandWorks_theReferenceIsPythons_andTheStudentsGetWhatATaGives(String id)
      throws IOException {
    CliRun reference = CliRun.clean("reference", "--json", "--rubric", rubric(id));
    assertThat(reference.exitCode()).as(reference.err()).isZero();
    JsonObject byhand = JsonParser.parseString(reference.out()).getAsJsonObject();
    JsonObject python = json(FIXTURES.resolve("references.json")).getAsJsonObject(id);
    if (python.has("quantities")) {
      for (Map.Entry<String, JsonElement> q : python.getAsJsonObject("quantities").entrySet()) {
        same(
            id + "." + q.getKey(),
            q.getValue(),
            byhand.getAsJsonObject("quantities").get(q.getKey()));
      }
    }
    if (python.has("steps")) {
      JsonArray steps = python.getAsJsonArray("steps");
      for (int t = 0; t < steps.size(); t++) {
        JsonObject theirs = byhand.getAsJsonArray("steps").get(t).getAsJsonObject();
        for (Map.Entry<String, JsonElement> q : steps.get(t).getAsJsonObject().entrySet()) {
          same(
              id + "." + q.getKey() + "_" + (t + 1),
              q.getValue(),
              theirs.getAsJsonObject("quantities").get(q.getKey()));
        }
      }
    }

    Map<String, Map<String, String>> graded =
        CliRun.gradeItems(
            rubric(id),
            FIXTURES.resolve(id),
            temp.resolve("reports"),
            item ->
                item.get("status").getAsString()
                    + (item.get("diagnosis").isJsonNull()
                        ? ""
                        : " (" + item.get("diagnosis").getAsString() + ")")
                    + " "
                    + item.get("points").getAsString());
    JsonObject expected = json(FIXTURES.resolve("expected.json")).getAsJsonObject(id);
    Map<String, Map<String, String>> wanted = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> student : expected.entrySet()) {
      Map<String, String> items = new LinkedHashMap<>();
      student
          .getValue()
          .getAsJsonObject()
          .getAsJsonObject("items")
          .entrySet()
          .forEach(e -> items.put(e.getKey(), e.getValue().getAsString()));
      wanted.put(student.getKey(), items);
    }
    assertThat(graded).isEqualTo(wanted);
    JsonObject results = json(temp.resolve("reports").resolve("results.json"));
    for (JsonElement student : results.getAsJsonArray("students")) {
      JsonObject s = student.getAsJsonObject();
      assertThat(s.get("score").getAsString())
          .as(id + " " + s.get("id").getAsString())
          .isEqualTo(
              expected.getAsJsonObject(s.get("id").getAsString()).get("score").getAsString());
    }

    CliRun template = CliRun.clean("template", "--rubric", rubric(id));
    assertThat(template.exitCode()).as(template.err()).isZero();
    Path html = temp.resolve(id + ".html");
    CliRun page =
        CliRun.clean("template", "--rubric", rubric(id), "--format", "html", "-o", html.toString());
    assertThat(page.exitCode()).as(page.err()).isZero();
    CliRun handout =
        CliRun.clean(
            "handout", "--rubric", rubric(id), "-o", temp.resolve(id + "-handout.html").toString());
    assertThat(handout.exitCode()).as(handout.err()).isZero();
    List<Path> students;
    try (var files = Files.list(FIXTURES.resolve(id))) {
      students = files.sorted().toList();
    }
    assertThat(students).hasSize(3);
    for (Path student : students) {
      CliRun check = CliRun.clean("check", student.toString(), "--rubric", rubric(id));
      boolean complete = !student.getFileName().toString().startsWith("cy");
      assertThat(check.exitCode()).as(student + "\n" + check.out()).isEqualTo(complete ? 0 : 1);
      assertThat(check.out()).doesNotContain("unreadable");
    }
  }

  @org.junit.jupiter.api.Test
  void aQuotientByASquareRoot_isRoundedOnce_rightToItsFortiethDigit() {
    // 1/sqrt(2) = 0.70710678118654752440084436210484903928483…, and (2 - 3) / sqrt(1.001) =
    // -0.99950037468777319163162666103907068234524…: sqrt rounded to 40 digits before the division
    // gave …392847 and …823448.
    assertThat(CliRun.clean("reference", "--rubric", rubric("self-attention")).out())
        .contains("S = [[0.7071067811865475244008443621048490392848, ");
    assertThat(CliRun.clean("reference", "--rubric", rubric("layernorm-residual")).out())
        .contains("N = [[-0.9995003746877731916316266610390706823452, ");
  }

  /**
   * An exact value (a whole number or p/q) must be byhand's exactly; an inexact one (python's
   * 60-digit decimal) must agree with byhand's 40 digits to 38 (the last digits of a quantity
   * computed from rounded ones may differ, see the report of the probe).
   */
  private static void same(String what, JsonElement python, JsonElement byhand) {
    assertThat(byhand).as(what + " is missing from the reference").isNotNull();
    if (python.isJsonArray()) {
      assertThat(byhand.getAsJsonArray().size()).as(what).isEqualTo(python.getAsJsonArray().size());
      for (int i = 0; i < python.getAsJsonArray().size(); i++) {
        same(what + "[" + i + "]", python.getAsJsonArray().get(i), byhand.getAsJsonArray().get(i));
      }
      return;
    }
    String mine = python.getAsString();
    String theirs = byhand.getAsString();
    if (mine.contains(".")) {
      BigDecimal want = new BigDecimal(mine);
      BigDecimal got = new BigDecimal(theirs);
      BigDecimal allowed = want.abs().max(BigDecimal.ONE.movePointLeft(3)).movePointLeft(38);
      assertThat(got.subtract(want).abs())
          .as(what + ": " + theirs + " vs " + mine)
          .isLessThanOrEqualTo(allowed);
    } else {
      assertThat(theirs).as(what).isEqualTo(mine);
    }
  }
}
