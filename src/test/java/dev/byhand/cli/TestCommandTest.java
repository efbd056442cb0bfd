package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code byhand test} end to end: the project's own rubrics pass their self-tests (this is how
 * {@code mvn verify} runs them), and a failing self-test, a broken rubric and a broken expected
 * file are each reported as such.
 */
class TestCommandTest {
  @TempDir Path temp;

  /** The JUnit XML the run wrote, parsed. */
  private static Document xml(Path reports) throws Exception {
    Path file = reports.resolve("TEST-byhand-rubric.xml");
    assertThat(file).exists();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  /** A copy of a shipped rubric with its samples, laid out as rubrics/ and samples/ in a folder. */
  private Path copy(String id) throws IOException {
    Path rubrics = Files.createDirectories(temp.resolve("rubrics"));
    Files.copy(Path.of("rubrics", id + ".json"), rubrics.resolve(id + ".json"));
    Path samples = Files.createDirectories(temp.resolve("samples").resolve(id));
    try (Stream<Path> files = Files.list(Path.of("samples", id))) {
      for (Path file : files.toList()) {
        Files.copy(file, samples.resolve(file.getFileName()));
      }
    }
    Path expected = Path.of("samples", id + ".expected.json");
    if (Files.exists(expected)) {
      Files.copy(expected, temp.resolve("samples").resolve(id + ".expected.json"));
    }
    return rubrics;
  }

  @Nested
  class TheShippedRubrics {
    @Test
    void passEveryTheirSelfTests_andTheJUnitXmlSaysSo() throws Exception {
      Path reports = temp.resolve("reports");
      long start = System.nanoTime();
      CliRun run = CliRun.of("test", "rubrics", "--reports", reports.toString());
      System.out.printf("byhand test rubrics: %d ms%n", (System.nanoTime() - start) / 1_000_000);

      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      assertThat(run.out()).contains("└─ byhand rubric self-tests ✔", "├─ mlp-backprop ✔");
      assertThat(run.out()).contains("sample carla-mendes ✔", "student-20 ✔");
      assertThat(run.out()).contains("0 tests failed").doesNotContain("✘");
      Element suite = xml(reports).getDocumentElement();
      assertThat(suite.getTagName()).isEqualTo("testsuite");
      assertThat(suite.getAttribute("failures")).isEqualTo("0");
      assertThat(suite.getAttribute("errors")).isEqualTo("0");
      assertThat(Integer.parseInt(suite.getAttribute("tests"))).isGreaterThan(300);
    }

    @Test
    void withoutArguments_testTheRubricsFolder() {
      CliRun run =
          CliRun.of("test", "--select", "attention", "--details", "summary", "--variants", "0");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).doesNotContain("╷").contains("tests successful");
    }
  }

  @Nested
  class Selection {
    @Test
    void selectKeepsTheNamedRubricsAndTests_tagsTheKindsOfTest() {
      CliRun run =
          CliRun.of(
              "test", "--select", "mlp-backprop/sample *", "--select", "stacked-rnn", "rubrics");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out())
          .contains("sample ana ✔", "stacked-rnn ✔", "mistake argmin ✔")
          .doesNotContain("attention");
      // mlp-backprop's own reference test is not selected, stacked-rnn's is: one in the tree.
      assertThat(run.out().split("reference answers", -1)).hasSize(2);

      CliRun mistakes =
          CliRun.of(
              "test",
              "rubrics/rnn-by-hand-variants.json",
              "--variants",
              "2",
              "--include-tag",
              "mistake");
      assertThat(mistakes.exitCode()).as(mistakes.err()).isZero();
      assertThat(mistakes.out())
          .contains("student-01 ✔", "student-02 ✔", "mistake no-relu ✔")
          .doesNotContain("student-03", "reference answers");
    }

    @Test
    void aSelectionThatMatchesNothing_isAUsageError() {
      CliRun run = CliRun.of("test", "rubrics", "--select", "mlp-backprp");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("no self-test matches --select 'mlp-backprp'");
    }
  }

  @Nested
  class Failures {
    @Test
    void aSampleGradedOtherwiseThanExpected_failsItsTest_exit1_namedInTreeAndXml()
        throws Exception {
      Path rubrics = copy("mlp-backprop");
      Path expected = temp.resolve("samples/mlp-backprop.expected.json");
      Files.writeString(
          expected,
          Files.readString(expected)
              .replaceFirst("\"q1.a1\": \"partial \\(no-relu\\)\"", "\"q1.a1\": \"correct\""));
      Path reports = temp.resolve("reports");

      CliRun run = CliRun.of("test", rubrics.toString(), "--reports", reports.toString());

      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      assertThat(run.out())
          .contains("sample carla-mendes ✘", "q1.a1: expected correct, graded partial (no-relu)")
          .contains("1 tests failed");
      NodeList failures = xml(reports).getElementsByTagName("failure");
      assertThat(failures.getLength()).isEqualTo(1);
      Element testcase = (Element) failures.item(0).getParentNode();
      assertThat(testcase.getAttribute("name")).isEqualTo("sample carla-mendes");
      assertThat(testcase.getAttribute("classname")).isEqualTo("mlp-backprop");
    }

    @Test
    void aRubricAskingForCoarserRoundingThanItsTolerance_failsItsReferenceTest()
        throws IOException {
      Path rubrics = Files.createDirectories(temp.resolve("rubrics"));
      Files.writeString(
          rubrics.resolve("attention.json"),
          Files.readString(Path.of("rubrics/attention.json"))
              .replace("\"decimals\": 2", "\"decimals\": 1"));

      CliRun run = CliRun.of("test", rubrics.toString());

      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      assertThat(run.out())
          .contains("reference answers score full marks ✘ the reference answers score 5 of 8")
          .contains("q2.weights incorrect");
    }

    @Test
    void aRubricThatDoesNotLoad_isAUsageError_namingTheFileAndField() throws IOException {
      Path rubrics = copy("mlp-backprop");
      Files.writeString(
          rubrics.resolve("broken.json"),
          Files.readString(Path.of("rubrics/mlp-backprop.json"))
              .replace("\"id\": \"mlp-backprop\"", "\"id\": \"broken\"")
              .replaceFirst("\"points\": 3", "\"points\": \"three\""));

      CliRun run = CliRun.of("test", rubrics.toString());

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .startsWith("test: " + rubrics.resolve("broken.json"))
          .contains("questions[0].items[0].points")
          .doesNotContain("SEVERE", "Exception");
      assertThat(run.out()).isEmpty();
    }

    @Test
    void anExpectedFileThatDoesNotParse_isAUsageError_namingTheStudentAndItem() throws IOException {
      Path rubrics = copy("mlp-backprop");
      Path expected = temp.resolve("samples/mlp-backprop.expected.json");
      Files.writeString(
          expected, Files.readString(expected).replaceFirst("\"correct\"", "\"corect\""));

      CliRun run = CliRun.of("test", rubrics.toString());

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .contains(expected + ": ana.items.q1.z1 \"corect\" is not a verdict; write one of");
    }

    @Test
    void aSampleWithoutExpectedVerdicts_fails_andWriteExpectedRecordsWhatGradingGives()
        throws IOException {
      Path rubrics = copy("stacked-rnn");
      Files.delete(temp.resolve("samples/stacked-rnn.expected.json"));

      CliRun without = CliRun.of("test", rubrics.toString(), "--details", "summary");
      assertThat(without.exitCode()).isEqualTo(1);
      assertThat(without.out()).contains("no expected verdicts for amara", "6 tests failed");

      CliRun written = CliRun.of("test", rubrics.toString(), "--write-expected");
      assertThat(written.exitCode()).as(written.out()).isZero();
      assertThat(written.out())
          .startsWith("wrote " + temp.resolve("samples/stacked-rnn.expected.json"));
      assertThat(temp.resolve("samples/stacked-rnn.expected.json"))
          .hasSameTextualContentAs(Path.of("samples/stacked-rnn.expected.json"));
    }

    @Test
    void aRequestThatCannotRun_writesNoExpectedFile() throws IOException {
      Path rubrics = copy("stacked-rnn");
      Path expected = temp.resolve("samples/stacked-rnn.expected.json");
      Files.writeString(expected, "{}");
      CliRun refused =
          CliRun.of("test", rubrics.toString(), "--write-expected", "--variants", "1001");
      assertThat(refused.exitCode()).isEqualTo(2);
      assertThat(expected).hasContent("{}");
    }

    @Test
    void pathsThatHoldNoRubric_areUsageErrors() throws IOException {
      assertThat(CliRun.of("test", temp.resolve("missing").toString()).err())
          .contains("no such rubric file or folder");
      assertThat(CliRun.of("test", temp.toString()).err()).contains("holds no *.json rubric");
      for (List<String> args :
          List.of(List.of("test", "--variants", "1001"), List.of("test", "--include-tag", "a b"))) {
        assertThat(CliRun.of(args.toArray(String[]::new)).exitCode()).isEqualTo(2);
      }
    }
  }
}
