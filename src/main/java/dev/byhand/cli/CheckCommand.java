package dev.byhand.cli;

import dev.byhand.check.CheckText;
import dev.byhand.check.Checker;
import dev.byhand.check.FileCheck;
import dev.byhand.rubric.Rubric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code byhand check FILE}: a student's self-check of one answers file, before submitting it. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks one answers file (or a folder holding answers.csv / answers.json) the way grading will"
          + " read it: the format, and for every answer whether it is there, readable and the right size.",
      "Whether answers are right is shown only if the rubric's selfCheck policy is \"correctness\".",
      "Exits 0 when the file is complete and readable, 1 when it is not, 2 on a usage error."
    },
    footer = {"", "Example:", "  java -jar byhand.jar check answers.csv --rubric rnn-by-hand.json"})
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand ByhandCommand parent;

  @Mixin CommonOptions common;

  @Mixin StudentOption student;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "Your answers file (.csv or .json) or folder.")
  Path file;

  @Override
  public Integer call() {
    if (!Files.exists(file)) {
      throw new UsageException(
          file
              + " does not exist; pass the path of your answers file, e.g."
              + " 'byhand check answers.csv' (make one with 'byhand template -o answers.csv')");
    }
    Rubric rubric = student.apply(common.loadRubric(), true);
    FileCheck check = new Checker(rubric).check(file);
    spec.commandLine().getOut().print(new CheckText(parent.colour).render(check, rubric.title()));
    spec.commandLine().getOut().flush();
    return check.isComplete() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
  }
}
