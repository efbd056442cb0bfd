package dev.byhand.cli;

import dev.byhand.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the command line itself prints, byte for byte: every command's help, the version, and the
 * usage errors picocli words (missing, unknown and extra arguments, a misspelt command). However
 * the commands are built, this text may only change on purpose.
 */
class CommandLineTextTest {
  private static final List<List<String>> RUNS =
      List.of(
          List.of(),
          List.of("--help"),
          List.of("-h"),
          List.of("--version"),
          List.of("-V"),
          List.of("grade", "--help"),
          List.of("check", "--help"),
          List.of("check", "-h"),
          List.of("check", "--version"),
          List.of("template", "--help"),
          List.of("reference", "--help"),
          List.of("handout", "--help"),
          List.of("test", "--help"),
          List.of("gradescope", "--help"),
          List.of("gradescope", "package", "--help"),
          List.of("gradescope", "run", "--help"),
          List.of("gradescope"),
          List.of("prairielearn", "--help"),
          List.of("prairielearn", "package", "--help"),
          List.of("prairielearn", "run", "--help"),
          List.of("check"),
          List.of("check", "a.csv", "b.csv"),
          List.of("check", "--bogus", "a.csv"),
          List.of("check", "a.csv", "--rubric"),
          List.of("check", "does-not-exist.csv"),
          List.of("check", "--rubric", "no-such-rubric.json", "submissions/alice.csv"),
          List.of("chek", "a.csv"),
          List.of("--bogus"),
          List.of("grade", "--sumbissions", "x"));

  @Test
  void helpVersionAndUsageErrors_areUnchanged() throws Exception {
    StringBuilder text = new StringBuilder();
    for (List<String> args : RUNS) {
      CliRun run = CliRun.of(args.toArray(String[]::new));
      text.append("$ byhand ")
          .append(String.join(" ", args))
          .append("\nexit ")
          .append(run.exitCode())
          .append("\n--- out\n")
          .append(run.out())
          .append("--- err\n")
          .append(run.err())
          .append("\n");
    }
    Golden.assertMatches("cli/command-line.txt", text.toString());
  }
}
