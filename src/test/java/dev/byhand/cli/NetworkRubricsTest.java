package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.byhand.exact.Rational;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example networks of {@code rubrics/} against the independent Python reference in {@code
 * src/test/resources/networks/}, and the handout written as equations against its built-in form,
 * all through the real command line.
 */
class NetworkRubricsTest {
  private static final Path NETWORKS = Path.of("src/test/resources/networks");
  private static final Pattern FRACTION = Pattern.compile("(-?\\d+)/(\\d+)");
  private static final Rational TOLERANCE = Rational.of(1, 10_000);

  @TempDir Path temp;

  private static JsonObject read(Path file) throws IOException {
    return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
  }

  /** An exact number: a JSON number, or a string holding an integer, a decimal or a fraction. */
  private static Rational number(JsonPrimitive primitive) {
    String text = primitive.getAsString().strip();
    Matcher fraction = FRACTION.matcher(text);
    if (fraction.matches()) {
      return new Rational(new BigInteger(fraction.group(1)), new BigInteger(fraction.group(2)));
    }
    return Rational.of(new BigDecimal(text));
  }

  /** A value as comparable data: exact numbers, nested lists, tokens as words. */
  private static Object normal(JsonElement element) {
    if (element.isJsonArray()) {
      List<Object> list = new ArrayList<>();
      element.getAsJsonArray().forEach(e -> list.add(normal(e)));
      return list;
    }
    JsonPrimitive primitive = element.getAsJsonPrimitive();
    if (primitive.isNumber() || primitive.getAsString().matches("-?[\\d.]+(/\\d+)?")) {
      return number(primitive);
    }
    return "token " + primitive.getAsString();
  }

  private static Map<String, Object> normal(JsonObject quantities) {
    Map<String, Object> values = new LinkedHashMap<>();
    quantities.entrySet().forEach(e -> values.put(e.getKey(), normal(e.getValue())));
    return values;
  }

  /** The shipped rubrics that networks/compute.py computes independently. */
  static Stream<String> networks() {
    return Stream.of(
        "mlp-backprop",
        "stacked-rnn",
        "jordan-rnn",
        "conv-pool",
        "kmeans-step",
        "bigram-add-one",
        "hmm-forward",
        "viterbi",
        "gradient-descent",
        "edit-distance");
  }

  @Nested
  class TheExampleNetworks {
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.byhand.cli.NetworkRubricsTest#networks")
    void referenceJson_agreesWithTheIndependentComputation_onEveryQuantityAtEveryStep(String id)
        throws IOException {
      CliRun run = CliRun.of("reference", "--json", "--rubric", "rubrics/" + id + ".json");
      assertThat(run.exitCode()).as(run.err()).isZero();
      JsonObject byhand = JsonParser.parseString(run.out()).getAsJsonObject();
      JsonObject python = read(NETWORKS.resolve(id).resolve("reference.json"));

      if (python.has("quantities")) {
        assertThat(normal(byhand.getAsJsonObject("quantities")))
            .isEqualTo(normal(python.getAsJsonObject("quantities")));
      }
      if (!python.has("steps")) {
        return;
      }
      JsonArray expectedSteps = python.getAsJsonArray("steps");
      JsonArray steps = byhand.getAsJsonArray("steps");
      assertThat(steps).hasSameSizeAs(expectedSteps);
      for (int i = 0; i < expectedSteps.size(); i++) {
        JsonObject expected = expectedSteps.get(i).getAsJsonObject();
        JsonObject actual = steps.get(i).getAsJsonObject();
        assertThat(actual.get("step").getAsInt()).isEqualTo(expected.get("step").getAsInt());
        if (expected.has("word")) {
          assertThat(actual.get("token").getAsString())
              .isEqualTo(expected.get("word").getAsString());
        }
        assertThat(normal(actual.getAsJsonObject("quantities")))
            .as("step %d", i + 1)
            .isEqualTo(normal(expected.getAsJsonObject("values")));
      }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.byhand.cli.NetworkRubricsTest#networks")
    void gradingTheSamples_givesEveryStudentTheCarefulTasVerdictsAndPoints(String id)
        throws IOException {
      Map<String, JsonObject> students = new LinkedHashMap<>();
      CliRun.gradeSamples(id, temp.resolve("reports"))
          .getAsJsonArray("students")
          .forEach(
              s -> students.put(s.getAsJsonObject().get("id").getAsString(), s.getAsJsonObject()));

      JsonArray expected =
          read(NETWORKS.resolve(id).resolve("expected.json")).getAsJsonArray("students");
      assertThat(students.keySet()).hasSize(expected.size());
      for (JsonElement element : expected) {
        JsonObject want = element.getAsJsonObject();
        String student = want.get("id").getAsString();
        assertThat(students).as("graded students").containsKey(student);
        Map<String, JsonObject> items = new LinkedHashMap<>();
        students
            .get(student)
            .getAsJsonArray("items")
            .forEach(
                i -> items.put(i.getAsJsonObject().get("key").getAsString(), i.getAsJsonObject()));
        assertThat(items.keySet())
            .as(student)
            .containsExactlyInAnyOrderElementsOf(want.getAsJsonObject("items").keySet());
        for (String key : want.getAsJsonObject("items").keySet()) {
          JsonObject item = items.get(key);
          String where = student + " " + key + ": " + item.get("feedback").getAsString();
          assertThat(item.get("status").getAsString())
              .as(where)
              .isEqualTo(want.getAsJsonObject("items").get(key).getAsString());
          assertPoints(
              item.get("points").getAsJsonPrimitive(),
              number(want.getAsJsonObject("points").get(key).getAsJsonPrimitive()),
              where);
        }
      }
    }
  }

  /**
   * results.json writes points as exact integers or decimals to 4 places: exact where the fraction
   * has a terminating decimal of at most 4 places, else within 0.0001.
   */
  private static void assertPoints(JsonPrimitive written, Rational expected, String where) {
    Rational actual = Rational.of(written.getAsBigDecimal());
    if (terminates(expected)) {
      assertThat(actual).as(where).isEqualTo(expected);
    } else {
      Rational difference = actual.subtract(expected);
      assertThat(difference.signum() < 0 ? difference.negate() : difference)
          .as(where + " (" + actual + " vs " + expected + ")")
          .isLessThanOrEqualTo(TOLERANCE);
    }
  }

  private static boolean terminates(Rational value) {
    BigInteger d = value.denominator();
    for (BigInteger p : List.of(BigInteger.TWO, BigInteger.valueOf(5))) {
      while (d.mod(p).signum() == 0) {
        d = d.divide(p);
      }
    }
    return d.equals(BigInteger.ONE);
  }

  @Test
  void pointsTolerance_isOnlyForFractionsWithoutATerminatingDecimal() {
    assertThat(terminates(Rational.of(5, 2))).isTrue();
    assertThat(terminates(Rational.of(3, 8))).isTrue();
    assertThat(terminates(Rational.of(4, 3))).isFalse();
    assertThat(terminates(Rational.of(3, 1))).isTrue();
  }

  @Nested
  class TheHandoutAsEquations {
    private static final String BUILT_IN = "rubrics/rnn-by-hand.json";
    private static final String EQUATIONS = "rubrics/rnn-by-hand-equations.json";

    @Test
    void gradesTheSampleClass_exactlyAsTheBuiltInForm() throws IOException {
      assertSameResults(Path.of("submissions"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.byhand.cli.NetworkRubricsTest#hostileCorpus")
    void gradesEveryFileOfTheHostileCorpus_exactlyAsTheBuiltInForm(JsonObject entry)
        throws IOException {
      Path submissions = Files.createDirectories(temp.resolve("submissions"));
      HostileCorpusTest.lay(entry, submissions);
      assertSameResults(submissions);
    }

    private void assertSameResults(Path submissions) throws IOException {
      String builtIn = grade(BUILT_IN, submissions, temp.resolve("built-in"));
      String equations = grade(EQUATIONS, submissions, temp.resolve("equations"));
      assertThat(withoutRubricName(equations, EQUATIONS, "rnn-by-hand-equations"))
          .isEqualTo(withoutRubricName(builtIn, BUILT_IN, "rnn-by-hand"));
    }

    private String grade(String rubric, Path submissions, Path reports) throws IOException {
      CliRun run =
          CliRun.of(
              "grade",
              "--rubric",
              rubric,
              "--submissions",
              submissions.toString(),
              "--reports",
              reports.toString());
      assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
      return Files.readString(reports.resolve("results.json"));
    }

    /**
     * The results with the rubric's id and file blanked, checking that they were what they should
     * be.
     */
    private String withoutRubricName(String results, String file, String id) {
      JsonObject json = JsonParser.parseString(results).getAsJsonObject();
      JsonObject rubric = json.getAsJsonObject("rubric");
      assertThat(rubric.get("id").getAsString()).isEqualTo(id);
      assertThat(rubric.get("file").getAsString()).isEqualTo(file);
      rubric.remove("id");
      rubric.remove("file");
      return json.toString();
    }
  }

  static Stream<Named<JsonObject>> hostileCorpus() throws IOException {
    return HostileCorpusTest.corpus();
  }
}
