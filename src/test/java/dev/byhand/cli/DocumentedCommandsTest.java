package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byhand.cli.DocumentedCommands.Run;
import dev.byhand.cli.DocumentedCommands.Step;
import dev.byhand.cli.DocumentedCommands.Unrunnable;
import dev.byhand.cli.DocumentedCommands.WriteFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every byhand command shown in README.md and docs/*.md runs, and exits as the page says.
 *
 * <p>For each page, in page order: every line of a {@code sh} (or {@code bash}, {@code shell})
 * block that invokes byhand as {@code byhand}, {@code target/byhand/bin/byhand}, {@code java -jar
 * byhand.jar} or {@code java -jar target/byhand.jar} runs through {@link Main#run} in a temporary
 * folder holding copies of {@code rubrics/}, {@code submissions/} and {@code samples/} (and the few
 * inputs listed in {@link DocsFolder}), with every relative path resolved in that folder; a block
 * opened with {@code file=NAME} is written there before the page's first command. The exit code
 * must be 0, or the one the line's comment names ({@code # exits 1: …}). So a misspelt option, a
 * missing file, a renamed command or a changed exit code fails the build. A line that starts like
 * byhand but cannot be run as written (another path to the program, {@code ~}, {@code $VAR}, a
 * pipe, an environment variable other than the JVM's options) fails too; lines of other tools
 * ({@code mvn}, {@code cd}, {@code unzip}, scripts) are not run. What a command prints is not
 * checked here, nor prose.
 */
class DocumentedCommandsTest {
  @TempDir Path temp;

  @TestFactory
  Stream<DynamicNode> everyCommandShownInTheDocsRuns() throws IOException {
    List<DynamicNode> pages = new ArrayList<>();
    for (Path page : pages()) {
      List<Step> steps = DocumentedCommands.of(Files.readString(page));
      DocsFolder folder = new DocsFolder(temp.resolve(page.getFileName().toString()));
      pages.add(DynamicContainer.dynamicContainer(page.toString(), tests(page, steps, folder)));
    }
    return pages.stream();
  }

  @Test
  void theReadmeShowsACommandForEveryCommandOfByhand() throws IOException {
    List<String> commands =
        DocumentedCommands.of(Files.readString(Path.of("README.md"))).stream()
            .filter(Run.class::isInstance)
            .map(step -> String.join(" ", ((Run) step).args()))
            .toList();

    for (String command : ByhandCommand.SUBCOMMANDS) {
      assertThat(commands).as(command).anyMatch(line -> line.startsWith(command + " "));
    }
  }

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(file -> file.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  private static Stream<DynamicTest> tests(Path page, List<Step> steps, DocsFolder folder) {
    List<WriteFile> files = new ArrayList<>();
    List<DynamicTest> tests = new ArrayList<>();
    for (Step step : steps) {
      if (step instanceof WriteFile file) {
        files.add(file);
      } else if (step instanceof Run run) {
        tests.add(test(page, run, files, folder));
      } else {
        tests.add(test(page, (Unrunnable) step));
      }
    }
    return tests.stream();
  }

  /**
   * A page's example files are all in place before its first command, wherever the page shows them.
   */
  private static DynamicTest test(Path page, Run run, List<WriteFile> files, DocsFolder folder) {
    return DynamicTest.dynamicTest(
        page.getFileName() + ":" + run.line() + " " + run.text(),
        () -> {
          folder.writeOnce(files);
          runAsDocumented(run, folder);
        });
  }

  private static DynamicTest test(Path page, Unrunnable line) {
    return DynamicTest.dynamicTest(
        page.getFileName() + ":" + line.line() + " " + line.text(),
        () -> {
          throw new AssertionError(
              page + " line " + line.line() + " cannot be run: " + line.reason());
        });
  }

  /** Runs one documented command and checks its exit code, saying what it printed if it differs. */
  static void runAsDocumented(Run run, DocsFolder folder) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            folder.arguments(run.args()));
    if (code != run.exitCode()) {
      throw new AssertionError(
          "line "
              + run.line()
              + " ("
              + run.text()
              + ") exited with exit code "
              + code
              + ", the page says "
              + run.exitCode()
              + "\nstandard error:\n"
              + err.toString(StandardCharsets.UTF_8)
              + "\nstandard output:\n"
              + out.toString(StandardCharsets.UTF_8));
    }
  }

  /** The harness itself: that it would catch a page gone wrong, and skips only other tools. */
  @Nested
  class TheHarness {
    DocsFolder folder() {
      return new DocsFolder(temp.resolve("harness"));
    }

    List<Step> stepsOf(String shell) {
      return DocumentedCommands.of("```sh\n" + shell + "\n```\n");
    }

    Run onlyRun(String shell) {
      List<Step> steps = stepsOf(shell);
      assertThat(steps).singleElement().isInstanceOf(Run.class);
      return (Run) steps.get(0);
    }

    @Test
    void aMisspeltOptionFails() {
      Run misspelt = onlyRun("target/byhand/bin/byhand grade --submisions submissions");

      assertThatThrownBy(() -> runAsDocumented(misspelt, folder()))
          .hasMessageContaining("exited with exit code 2, the page says 0")
          .hasMessageContaining("--submisions");
    }

    @Test
    void aDifferentExitCodeThanThePageSaysFails() {
      Run wrong = onlyRun("byhand check submissions/nadia.csv   # exits 0 (it does not)");

      assertThatThrownBy(() -> runAsDocumented(wrong, folder()))
          .hasMessageContaining("exited with exit code 1, the page says 0");
    }

    @Test
    void theDocumentedCommandRunsInTheTemporaryFolder() throws IOException {
      DocsFolder folder = folder();

      runAsDocumented(onlyRun("byhand template -o blank.csv"), folder);
      runAsDocumented(onlyRun("byhand grade --reports out/reports"), folder);

      assertThat(folder.dir().resolve("blank.csv")).isRegularFile();
      assertThat(folder.dir().resolve("out/reports/results.json")).isRegularFile();
      assertThat(Path.of("blank.csv")).doesNotExist();
    }

    @Test
    void relativePathsAndDefaultsResolveInTheFolder_andOtherValuesStayAsWritten()
        throws IOException {
      DocsFolder folder = folder();
      Path dir = folder.dir();

      assertThat(folder.arguments(List.of("check", "a.csv", "--student=ana@colgate.edu")))
          .containsExactly(
              "check",
              dir.resolve("a.csv").toString(),
              "--student=ana@colgate.edu",
              "--rubric",
              dir.resolve("rubrics/rnn-by-hand.json").toString());
      assertThat(folder.arguments(List.of("handout", "--format", "md", "-o", "h.md")))
          .containsSubsequence("--format", "md", "-o", dir.resolve("h.md").toString());
    }

    @Test
    void anAbsolutePathFails() {
      Run absolute = onlyRun("byhand check /tmp/answers.csv");

      assertThatThrownBy(() -> runAsDocumented(absolute, folder()))
          .hasMessageContaining("absolute path");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "./byhand grade",
          "bin/byhand grade",
          "java -jar lib/byhand.jar grade",
          "byhand grade --submissions ~/Downloads/hw3",
          "byhand grade --reports $REPORTS",
          "byhand grade --reports \"$HOME/reports\"",
          "AUTOGRADER_ROOT=ag byhand gradescope run",
          "byhand reference --json | head",
          "byhand check 'unclosed.csv",
          "mvn -q package && byhand check *.csv",
        })
    void aLineThatStartsLikeByhandButCannotBeRunAsWritten_failsRatherThanBeingSkipped(String line) {
      assertThat(stepsOf(line)).singleElement().isInstanceOf(Unrunnable.class);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "mvn verify",
          "cd target",
          "unzip autograder.zip -d ag/source",
          "mkdir -p ag/submission && cp submissions/hana-lee.csv ag/submission/",
          "AUTOGRADER_ROOT=ag ag/source/run_autograder",
          "BASELINE_JAR=/tmp/other/byhand.jar bench/grade-throughput.sh 10000",
          "# target/byhand/bin/byhand grade, in a comment",
          "",
        })
    void otherToolsAndCommentsAreNotRun(String line) {
      assertThat(stepsOf(line)).isEmpty();
    }

    @Test
    void wordsSplitLikeAShell_andTheCommentGivesTheExitCode() {
      Run run =
          onlyRun(
              "BYHAND_OPTS=-Xmx256m java -Xss2m -jar byhand.jar check \"Dana Okafor.csv\" 'a b' c\\ d"
                  + "   # exits 1: not ready");

      assertThat(run.args()).containsExactly("check", "Dana Okafor.csv", "a b", "c d");
      assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aCommandAfterAnotherToolRuns_andContinuedLinesAreJoined() {
      assertThat(onlyRun("mvn -q package -DskipTests && target/byhand/bin/byhand grade").args())
          .containsExactly("grade");
      assertThat(onlyRun("byhand grade \\\n  --excel").args()).containsExactly("grade", "--excel");
    }

    @Test
    void aFileBlockIsAStep_andIndentedBlocksInListsAreRead() {
      List<Step> steps =
          DocumentedCommands.of(
              "1. Scores:\n\n   ```csv file=s.csv\n   student,question\n   ```\n\n"
                  + "   ```sh\n   byhand grade --manual s.csv\n   ```\n\n"
                  + "```csv\nnot,a,file\n```\n```text\nbyhand grade [--rubric FILE]\n```\n");

      assertThat(steps).hasSize(2);
      assertThat(steps.get(0)).isEqualTo(new WriteFile(3, "s.csv", "student,question\n"));
      assertThat(((Run) steps.get(1)).args()).containsExactly("grade", "--manual", "s.csv");
      assertThat(steps.get(1).line()).isEqualTo(8);
    }
  }
}
