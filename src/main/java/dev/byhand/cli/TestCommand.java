package dev.byhand.cli;

import dev.byhand.selftest.SelfTestException;
import dev.byhand.selftest.SelfTests;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code byhand test}: rubrics' self-tests on the JUnit Platform. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Runs each rubric's self-tests on the JUnit Platform: every sample in samples/<id>/ gets the"
          + " verdicts samples/<id>.expected.json states; the reference answers score full marks;"
          + " each known mistake is diagnosed where it first shows; the blank template (an"
          + " empty answers file) scores 0. With"
          + " variants, the generated tests run for each of N drawn students.",
      "Prints the tree of tests and a summary; --reports writes JUnit XML for CI.",
      "Exits 0 when every test passes, 1 when one fails, 2 on a usage error or a rubric that does"
          + " not load."
    },
    footer = {
      "",
      "Examples:",
      "  target/byhand/bin/byhand test",
      "  target/byhand/bin/byhand test rubrics/mlp-backprop.json --reports target/rubric-tests",
      "  target/byhand/bin/byhand test --select 'mlp-backprop/mistake *' --exclude-tag variant"
    })
final class TestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand ByhandCommand parent;

  @Parameters(
      arity = "0..*",
      paramLabel = "RUBRIC|DIR",
      description = "Rubric files, or folders whose *.json rubrics are tested (default: rubrics).")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--select",
      paramLabel = "NAME",
      description =
          "Run only what NAME selects, a path of names as the tree shows them: a rubric"
              + " (mlp-backprop), a test ('mlp-backprop/sample ana'), a drawn student"
              + " (rnn-by-hand-variants/student-03); * stands for any text. Repeatable.")
  List<String> select = new ArrayList<>();

  @Option(
      names = "--include-tag",
      paramLabel = "TAG",
      description =
          "Run only tests with TAG: sample, reference, empty, mistake, variant. Repeatable.")
  List<String> includeTags = new ArrayList<>();

  @Option(
      names = "--exclude-tag",
      paramLabel = "TAG",
      description = "Leave out tests with TAG. Repeatable.")
  List<String> excludeTags = new ArrayList<>();

  @Option(
      names = "--variants",
      paramLabel = "N",
      defaultValue = "20",
      description = "Students drawn for a rubric with variants (default: ${DEFAULT-VALUE}).")
  int variants;

  @Option(
      names = "--samples",
      paramLabel = "DIR",
      description = "The samples folder (default: samples beside each rubric's folder).")
  Path samples;

  @Option(
      names = "--reports",
      paramLabel = "DIR",
      description = "Write JUnit XML (TEST-byhand-rubric.xml) to DIR.")
  Path reports;

  @Option(
      names = "--details",
      paramLabel = "tree|summary",
      defaultValue = "tree",
      description = "tree: every test; summary: the failures only (default: ${DEFAULT-VALUE}).")
  SelfTests.Details details;

  @Option(
      names = "--write-expected",
      description =
          "First grade each rubric's samples and write what they get to samples/<id>.expected.json,"
              + " replacing it; check the file by eye before committing it.")
  boolean writeExpected;

  @Override
  public Integer call() throws IOException {
    List<Path> selected = paths.isEmpty() ? List.of(Path.of("rubrics")) : paths;
    PrintWriter out = spec.commandLine().getOut();
    SelfTests.Request request =
        new SelfTests.Request(
            selected,
            select,
            includeTags,
            excludeTags,
            variants,
            Optional.ofNullable(samples),
            Optional.ofNullable(reports),
            details,
            parent.colour);
    try {
      SelfTests.validate(request);
      if (writeExpected) {
        SelfTests.writeExpected(selected, Optional.ofNullable(samples))
            .forEach(file -> out.println("wrote " + file));
      }
      SelfTests.Result result = SelfTests.run(request, out);
      return result.passed() ? ExitCodes.OK : ExitCodes.TESTS_FAILED;
    } catch (SelfTestException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
