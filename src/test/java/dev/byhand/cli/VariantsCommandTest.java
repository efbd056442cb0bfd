package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.byhand.gradescope.AutograderRoot;
import dev.byhand.gradescope.ContainerRun;
import dev.byhand.gradescope.OutputFormat;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.variants.StudentRubrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command gives each student their own numbers, and a rubric without variants is untouched.
 */
class VariantsCommandTest {
  static final String VARIANTS = "rubrics/rnn-by-hand-variants.json";
  static final Rubric RUBRIC = new RubricLoader().load(Path.of(VARIANTS));

  @TempDir Path folder;

  /** A student who answers every computed item right for {@code key}'s numbers. */
  static String rightAnswers(String key) {
    Rubric own = StudentRubrics.forStudent(RUBRIC, key);
    StringBuilder csv = new StringBuilder();
    for (Question question : own.questions()) {
      for (ItemSpec item : question.items()) {
        if (item.manual()) {
          continue;
        }
        Value value = own.expected(question, item);
        String text =
            value instanceof Value.Token token
                ? own.vocabulary().word(token.first())
                : ((Value.Vec) value)
                    .value().entries().stream()
                        .map(Object::toString)
                        .collect(Collectors.joining(","));
        csv.append(question.key(item)).append(',').append(text).append('\n');
      }
    }
    return csv.toString();
  }

  /** {@code byhand grade} of a folder with the variants rubric: the students of results.json. */
  static JsonArray graded(Path submissions, Path reports) throws IOException {
    CliRun run =
        CliRun.of(
            "grade",
            "--rubric",
            VARIANTS,
            "--submissions",
            submissions.toString(),
            "--reports",
            reports.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JsonParser.parseString(Files.readString(reports.resolve("results.json")))
        .getAsJsonObject()
        .getAsJsonArray("students");
  }

  @Nested
  class Grade {
    @Test
    void eachStudentIsGradedAgainstTheirOwnNumbers_andACopiedSheetLosesMarks() throws IOException {
      Path submissions = Files.createDirectories(folder.resolve("submissions"));
      // A plain folder's key is the file name as the student or TA typed it, the same key a
      // handout --roster was drawn for; byhand's id for the reports is that name made safe.
      Map<String, String> keyById = new java.util.LinkedHashMap<>();
      keyById.put("ana", "ana");
      keyById.put("ren_e", "renée");
      keyById.put("d_angelo", "d'angelo");
      keyById.put("Zo_.O_Brien_colgate.edu", "Zoë.O'Brien@colgate.edu");
      keyById.put("1234567", "1234567");
      for (String key : keyById.values()) {
        Files.writeString(
            submissions.resolve(key + ".csv"), rightAnswers(key), StandardCharsets.UTF_8);
      }
      Files.writeString(
          submissions.resolve("copycat.csv"), rightAnswers("ana"), StandardCharsets.UTF_8);
      Path reports = folder.resolve("reports");

      Map<String, JsonObject> byId = new HashMap<>();
      graded(submissions, reports)
          .forEach(s -> byId.put(s.getAsJsonObject().get("id").getAsString(), s.getAsJsonObject()));
      keyById.forEach(
          (id, key) -> {
            assertThat(byId.get(id).get("score").getAsInt()).as(id).isEqualTo(14);
            assertThat(byId.get(id).get("variant").getAsString())
                .isEqualTo(StudentRubrics.forStudent(RUBRIC, key).variant().get().id());
          });
      assertThat(byId.get("copycat").get("score").getAsInt()).isLessThan(14);
      String report = Files.readString(reports.resolve("ana.html"));
      assertThat(report)
          .contains(
              "Your numbers (variant "
                  + StudentRubrics.forStudent(RUBRIC, "ana").variant().get().id()
                  + ")");
      Value.Mat w =
          (Value.Mat) StudentRubrics.forStudent(RUBRIC, "ana").network().values().get("W");
      assertThat(report).contains("<caption style=\"font-weight:bold\">W</caption>");
      assertThat(report.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "))
          .contains(
              w.value().row(0).entries().stream()
                  .map(Object::toString)
                  .collect(Collectors.joining(" ")));
    }
  }

  @Nested
  class RosterToGrade {
    /** A TA saves each student's answers under their handout's name: the same key, own numbers. */
    @Test
    void answersSavedUnderTheHandoutsNames_areGradedAgainstThoseHandoutsNumbers()
        throws IOException {
      Path roster =
          Files.writeString(
              folder.resolve("roster.csv"),
              "Name,Email\nZoë O'Brien,Zoë.O'Brien@Colgate.edu\nAna Lima,ana+cs@colgate.edu\n",
              StandardCharsets.UTF_8);
      Path handouts = folder.resolve("handouts");
      CliRun handout =
          CliRun.of(
              "handout",
              "--rubric",
              VARIANTS,
              "--roster",
              roster.toString(),
              "--format",
              "md",
              "-o",
              handouts.toString());
      assertThat(handout.exitCode()).as(handout.err()).isZero();
      Path submissions = Files.createDirectories(folder.resolve("class"));
      List<String> names = new ArrayList<>();
      try (var files = Files.list(handouts)) {
        files.forEach(f -> names.add(f.getFileName().toString().replaceFirst("\\.md$", "")));
      }
      assertThat(names).containsExactlyInAnyOrder("zoë.o'brien@colgate.edu", "ana+cs@colgate.edu");
      for (String name : names) {
        Files.writeString(
            submissions.resolve(name + ".csv"), rightAnswers(name), StandardCharsets.UTF_8);
      }
      Path reports = folder.resolve("roster-reports");

      graded(submissions, reports)
          .forEach(
              s ->
                  assertThat(s.getAsJsonObject().get("score").getAsInt())
                      .as(s.getAsJsonObject().get("id").getAsString())
                      .isEqualTo(14));
    }
  }

  @Nested
  class BlankNames {
    @Test
    void aFileNamedOnlyWithSpaces_isGradedUnderItsSafeId_andTheBatchCarriesOn() throws IOException {
      Path submissions = Files.createDirectories(folder.resolve("blank"));
      Files.writeString(submissions.resolve("carl.csv"), rightAnswers("carl"));
      // "_" is the id byhand makes of " ": the key a blank name gives way to.
      Files.writeString(submissions.resolve(" .csv"), rightAnswers("_"));
      Path reports = folder.resolve("blank-reports");

      JsonArray students = graded(submissions, reports);
      assertThat(students).hasSize(2);
      students.forEach(
          s ->
              assertThat(s.getAsJsonObject().get("score").getAsInt())
                  .as(s.toString())
                  .isEqualTo(14));
    }
  }

  @Nested
  class Gradescope {
    @Test
    void theKeyIsTheSubmittersEmail() throws IOException {
      AutograderRoot root = new AutograderRoot(folder);
      Files.createDirectories(root.submission());
      Files.createDirectories(root.source());
      Files.copy(Path.of(VARIANTS), root.rubric());
      Files.writeString(
          root.metadata(),
          """
          {"id": 1, "users": [{"email": "Zoë.Müller@Colgate.edu", "id": 7, "name": "Zoë Müller", "sid": "2031337"}]}
          """,
          StandardCharsets.UTF_8);
      Files.writeString(
          root.submission().resolve("answers.csv"),
          rightAnswers("zoë.müller@colgate.edu"),
          StandardCharsets.UTF_8);

      new ContainerRun(root, root.rubric(), OutputFormat.MD, "test").run();

      JsonObject results =
          JsonParser.parseString(Files.readString(root.results())).getAsJsonObject();
      assertThat(results.get("score").getAsInt()).isEqualTo(14);
      assertThat(results.getAsJsonObject("extra_data").get("variant").getAsString())
          .startsWith(
              StudentRubrics.forStudent(RUBRIC, "zoë.müller@colgate.edu").variant().get().id());
    }

    @Test
    void withoutAnEmailOrId_theSubmissionIsNotGradedAgainstSomeoneElsesNumbers()
        throws IOException {
      AutograderRoot root = new AutograderRoot(folder);
      Files.createDirectories(root.submission());
      Files.copy(Path.of(VARIANTS), Files.createDirectories(root.source()).resolve("rubric.json"));
      Files.writeString(root.metadata(), "{\"users\": [{\"name\": \"Ben\"}]}");
      Files.writeString(root.submission().resolve("answers.csv"), rightAnswers("submission"));

      ContainerRun.Outcome outcome =
          new ContainerRun(root, root.rubric(), OutputFormat.MD, "test").run();

      assertThat(outcome.graded()).isFalse();
      JsonObject results =
          JsonParser.parseString(Files.readString(root.results())).getAsJsonObject();
      assertThat(results.toString()).contains("did not say who submitted");
      assertThat(results.toString()).doesNotContain("\"score\":14");
    }

    @Test
    void aClassmatesAnswersDoNotGetFullMarks() throws IOException {
      AutograderRoot root = new AutograderRoot(folder);
      Files.createDirectories(root.submission());
      Files.copy(Path.of(VARIANTS), Files.createDirectories(root.source()).resolve("rubric.json"));
      Files.writeString(
          root.metadata(), "{\"users\": [{\"email\": \"ben@colgate.edu\", \"name\": \"Ben\"}]}");
      Files.writeString(root.submission().resolve("answers.csv"), rightAnswers("ana@colgate.edu"));

      new ContainerRun(root, root.rubric(), OutputFormat.MD, "test").run();

      assertThat(
              JsonParser.parseString(Files.readString(root.results()))
                  .getAsJsonObject()
                  .get("score")
                  .getAsInt())
          .isLessThan(14);
    }
  }

  @Nested
  class Reference {
    /** An independent computation, long arithmetic, from the values the JSON prints. */
    @Test
    void theJsonsValuesReproduceItsOwnTrace_forEveryStudent() {
      for (String key :
          List.of(
              "ana@colgate.edu",
              "o'brien@colgate.edu",
              "Renée O'Connor",
              "ngọc.trần@colgate.edu")) {
        CliRun run = CliRun.of("reference", "--json", "--rubric", VARIANTS, "--student", key);
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonObject values = json.getAsJsonObject("values");
        long[][] e = matrix(values.getAsJsonArray("E"));
        long[][] u = matrix(values.getAsJsonArray("U"));
        long[][] w = matrix(values.getAsJsonArray("W"));
        long[][] v = matrix(values.getAsJsonArray("V"));
        assertThat(json.get("variant").getAsString())
            .isEqualTo(StudentRubrics.forStudent(RUBRIC, key).variant().get().id());
        long[] h = new long[w.length];
        int[] sentence = {0, 1, 2, 3, 4, 5};
        JsonArray steps = json.getAsJsonArray("steps");
        for (int t = 0; t < sentence.length; t++) {
          long[] next = new long[h.length];
          for (int j = 0; j < h.length; j++) {
            long sum = 0;
            for (int i = 0; i < h.length; i++) {
              sum += h[i] * w[i][j];
            }
            for (int i = 0; i < u.length; i++) {
              sum += e[sentence[t]][i] * u[i][j];
            }
            next[j] = Math.max(0, sum);
          }
          h = next;
          long[] logits = new long[v[0].length];
          for (int j = 0; j < logits.length; j++) {
            for (int i = 0; i < h.length; i++) {
              logits[j] += h[i] * v[i][j];
            }
          }
          JsonObject step = steps.get(t).getAsJsonObject();
          assertThat(longs(step.getAsJsonArray("hidden")))
              .as(key + " step " + (t + 1))
              .containsExactly(h);
          assertThat(longs(step.getAsJsonArray("logits")))
              .as(key + " step " + (t + 1))
              .containsExactly(logits);
        }
      }
    }

    @Test
    void withoutStudent_theRubricsOwnValuesArePrinted_andWithoutVariantsStudentChangesNothing() {
      assertThat(
              CliRun.of("reference", "--rubric", "rubrics/rnn-by-hand.json", "--student", "ana")
                  .out())
          .isEqualTo(CliRun.of("reference", "--rubric", "rubrics/rnn-by-hand.json").out());
      assertThat(CliRun.of("reference", "--rubric", VARIANTS).out()).doesNotContain("variant");
    }
  }

  @Nested
  class CheckAndTemplate {
    @Test
    void checkNeedsTheStudentsKey_whenEachStudentHasTheirOwnNumbers() throws IOException {
      Path answers =
          Files.writeString(folder.resolve("answers.csv"), rightAnswers("ana@colgate.edu"));
      CliRun without = CliRun.of("check", answers.toString(), "--rubric", VARIANTS);
      assertThat(without.exitCode()).isEqualTo(2);
      assertThat(without.err()).contains("pass --student with your email");
      CliRun with =
          CliRun.of(
              "check", answers.toString(), "--rubric", VARIANTS, "--student", "ana@colgate.edu");
      assertThat(with.exitCode()).as(with.out() + with.err()).isZero();
    }

    @Test
    void theSelfCheckPageLoadsTheStudentsOwnNumbers(@TempDir Path pages) throws IOException {
      String key = "renée.o'connor@colgate.edu";
      CliRun run =
          CliRun.of("template", "--rubric", VARIANTS, "--student", key, "--format", "html");
      assertThat(run.exitCode()).as(run.err()).isZero();
      String page = run.out();
      String embedded =
          page.substring(
                  page.indexOf("<script type=\"application/json\" id=\"byhand-rubric\">")
                      + "<script type=\"application/json\" id=\"byhand-rubric\">".length(),
                  page.indexOf("</script>", page.indexOf("id=\"byhand-rubric\"")))
              .replace("\\u003c", "<");
      Path written = Files.writeString(pages.resolve("own.json"), embedded);
      Rubric own = new RubricLoader().load(written);
      Rubric expected = StudentRubrics.forStudent(RUBRIC, key);

      assertThat(own.variants()).isEmpty();
      assertThat(own.network().values()).isEqualTo(expected.network().values());
      assertThat(own.title()).contains(key).contains(expected.variant().get().id());
      assertThat(page).contains("--student");
    }

    @Test
    void theSelfCheckPageOfARubricWithVariants_needsTheStudent() {
      CliRun run = CliRun.of("template", "--rubric", VARIANTS, "--format", "html");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("--student KEY");
    }

    @Test
    void theTemplateTellsTheStudentToCheckWithTheirKey() {
      CliRun run = CliRun.of("template", "--rubric", VARIANTS, "--student", "Renée O'Connor");
      assertThat(run.out()).contains("--student 'renée o'\\''connor'");
    }
  }

  static long[][] matrix(JsonArray rows) {
    List<long[]> list = new ArrayList<>();
    rows.forEach(r -> list.add(longs(r.getAsJsonArray())));
    return list.toArray(long[][]::new);
  }

  static long[] longs(JsonArray array) {
    long[] values = new long[array.size()];
    int i = 0;
    for (JsonElement element : array) {
      values[i++] = element.getAsLong();
    }
    return values;
  }
}
