package dev.byhand.cli;

import dev.byhand.check.CheckText;
import dev.byhand.check.Checker;
import dev.byhand.check.FileCheck;
import dev.byhand.rubric.Rubric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code byhand check FILE}: a student's self-check of one answers file, before submitting it.
 * Built with picocli's programmatic API: a student runs it, often, and waits for it, and reading a
 * command's annotations is a good part of a cold start.
 */
final class CheckCommand implements Callable<Integer> {
  private final CommandSpec spec;
  private final boolean colour;

  CheckCommand(boolean colour) {
    this.colour = colour;
    this.spec = CommandSpec.wrapWithoutInspection(this).name("check");
    StandardOptions.addTo(spec);
    spec.addOption(CommonOptions.option());
    spec.addOption(StudentOption.option());
    spec.addPositional(
        PositionalParamSpec.builder()
            .index("0")
            .required(true)
            .paramLabel("FILE")
            .type(Path.class)
            .description("Your answers file (.csv or .json) or folder.")
            .build());
    spec.usageMessage()
        .description(
            "Checks one answers file (or a folder holding answers.csv / answers.json) the way"
                + " grading will read it: the format, and for every answer whether it is there,"
                + " readable and the right size.",
            "Whether answers are right is shown only if the rubric's selfCheck policy is"
                + " \"correctness\".",
            "Exits 0 when the file is complete and readable, 1 when it is not, 2 on a usage error.")
        .footer(
            "", "Example:", "  java -jar byhand.jar check answers.csv --rubric rnn-by-hand.json");
  }

  /** The command's picocli model. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    Path file = spec.positionalParameters().get(0).getValue();
    if (!Files.exists(file)) {
      throw new UsageException(
          file
              + " does not exist; pass the path of your answers file, e.g."
              + " 'byhand check answers.csv' (make one with 'byhand template -o answers.csv')");
    }
    Path rubricFile = spec.findOption("--rubric").getValue();
    StudentOption student = new StudentOption(spec.findOption("--student").getValue());
    Rubric rubric = student.apply(CommonOptions.load(rubricFile), true);
    FileCheck check = new Checker(rubric).check(file);
    spec.commandLine().getOut().print(new CheckText(colour).render(check, rubric.title()));
    spec.commandLine().getOut().flush();
    return check.isComplete() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
  }
}
