package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.byhand.exact.Rational;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.variants.StudentRubrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated class of 60 students with their own numbers ({@code
 * rubrics/rnn-by-hand-variants.json}), graded end to end: students whose ReLU zeroes two entries of
 * h1 leave those entries wrong (as a student who forgets the ReLU where it bites), everyone else
 * answers everything right. The comparison of variants must find exactly that.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FairVariantsClassTest {
  private static final Path RUBRIC = Path.of("rubrics/rnn-by-hand-variants.json");
  private static final int STUDENTS = 60;

  private JsonObject variants;
  private Path reports;
  private int zeroesTwo;

  @BeforeAll
  void gradeTheClass(@TempDir Path temp) throws IOException {
    Rubric rubric = new RubricLoader().load(RUBRIC);
    Path submissions = Files.createDirectories(temp.resolve("class"));
    for (int s = 0; s < STUDENTS; s++) {
      String key = String.format("s%02d", s);
      Rubric own = StudentRubrics.forStudent(rubric, key);
      Files.writeString(submissions.resolve(key + ".csv"), answers(own));
      Question q1 = own.question("q1").orElseThrow();
      long zeros =
          own.expected(q1, q1.items().get(0)).entries().stream()
              .filter(e -> e.signum() == 0)
              .count();
      zeroesTwo += zeros == 2 ? 1 : 0;
    }
    reports = temp.resolve("reports");
    CliRun run =
        CliRun.of(
            "grade",
            "--rubric",
            RUBRIC.toString(),
            "--submissions",
            submissions.toString(),
            "--reports",
            reports.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    variants =
        JsonParser.parseString(Files.readString(reports.resolve("results.json")))
            .getAsJsonObject()
            .getAsJsonObject("analysis")
            .getAsJsonObject("variants");
  }

  /** Every item right, except h1's ReLU-zeroed entries when ReLU zeroes two of them. */
  private String answers(Rubric own) {
    List<String> rows = new ArrayList<>();
    for (Question question : own.questions()) {
      for (ItemSpec item : question.items()) {
        if (item.manual()) {
          continue;
        }
        Value value = own.expected(question, item);
        String written;
        if (value instanceof Value.Token token) {
          written = own.vocabulary().word(token.first());
        } else {
          List<Rational> entries = value.entries();
          boolean forgets =
              question.key(item).equals("q1.hidden")
                  && entries.stream().filter(e -> e.signum() == 0).count() == 2;
          written =
              entries.stream()
                  .map(e -> forgets && e.signum() == 0 ? "-1" : e.toString())
                  .collect(Collectors.joining(","));
        }
        rows.add(question.key(item) + "," + written);
      }
    }
    return String.join("\n", rows) + "\n";
  }

  private List<JsonObject> flags() {
    List<JsonObject> flags = new ArrayList<>();
    for (JsonElement flag : variants.getAsJsonArray("flags")) {
      flags.add(flag.getAsJsonObject());
    }
    return flags;
  }

  @Test
  void theClassHasBothGroups_largeEnoughToCompare() {
    assertThat(zeroesTwo).isBetween(5, STUDENTS - 5);
    assertThat(variants.get("students").getAsInt()).isEqualTo(STUDENTS);
    assertThat(variants.get("note").getAsString()).isEmpty();
  }

  @Test
  void theGroupWhoseNumbersMadeTheItemHarder_isFlaggedFirst_inWords() {
    JsonObject first = flags().get(0);
    assertThat(first.get("key").getAsString()).isEqualTo("q1.hidden");
    assertThat(first.get("group").getAsString())
        .isEqualTo("whose ReLU zeroes 2 entries of q1.hidden");
    assertThat(first.get("groupStudents").getAsInt()).isEqualTo(zeroesTwo);
    assertThat(first.get("groupDifficulty").getAsDouble()).isEqualTo(0.3333);
    assertThat(first.get("otherDifficulty").getAsDouble()).isEqualTo(1.0);
    assertThat(first.get("sentence").getAsString())
        .isEqualTo(
            "students whose ReLU zeroes 2 entries of q1.hidden scored 33% on q1.hidden, others"
                + " 100% ("
                + zeroesTwo
                + " and "
                + (STUDENTS - zeroesTwo)
                + " students)");
  }

  @Test
  void itemsEveryGroupGotRight_areNeverFlagged() {
    assertThat(flags())
        .allSatisfy(f -> assertThat(f.get("key").getAsString()).isEqualTo("q1.hidden"));
  }

  @Test
  void theOverviewSaysWhichGroupWasHarder() throws IOException {
    String section =
        Jsoup.parse(reports.resolve("index.html").toFile(), "UTF-8").select("#analysis").text();
    assertThat(section)
        .contains("Fair variants")
        .contains("clearly harder: students whose ReLU zeroes 2 entries of q1.hidden scored 33%");
  }

  @Test
  void aSmallClassWithVariants_saysItIsTooSmallToCompare(@TempDir Path temp) throws IOException {
    Rubric rubric = new RubricLoader().load(RUBRIC);
    Path submissions = Files.createDirectories(temp.resolve("class"));
    for (int s = 0; s < 12; s++) {
      String key = String.format("s%02d", s);
      Files.writeString(
          submissions.resolve(key + ".csv"), answers(StudentRubrics.forStudent(rubric, key)));
    }
    Path small = temp.resolve("reports");
    CliRun run =
        CliRun.of(
            "grade",
            "--rubric",
            RUBRIC.toString(),
            "--submissions",
            submissions.toString(),
            "--reports",
            small.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonObject fair =
        JsonParser.parseString(Files.readString(small.resolve("results.json")))
            .getAsJsonObject()
            .getAsJsonObject("analysis")
            .getAsJsonObject("variants");
    assertThat(fair.get("note").getAsString())
        .isEqualTo(
            "Too few students to compare variants: 12 graded, and telling a harder variant from"
                + " chance needs at least 30.");
    assertThat(fair.getAsJsonArray("flags")).isEmpty();
  }
}
