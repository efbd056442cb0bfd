package dev.byhand.cli;

import dev.byhand.gradescope.AutograderZip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code byhand gradescope package}: builds the autograder zip to upload to Gradescope. */
@Command(
    name = "package",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Builds the Gradescope autograder zip: setup.sh (installs Java 17 with apt), run_autograder,"
          + " byhand.jar (this jar) and the rubric, stored as rubric.json.",
      "Upload it under Configure Autograder > Zip file upload."
    },
    footer = {
      "",
      "Example:",
      "  target/byhand/bin/byhand gradescope package --rubric rubrics/rnn-by-hand.json --out autograder.zip"
    })
final class GradescopePackageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "autograder.zip",
      description = "Where the zip is written (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--jar",
      paramLabel = "FILE",
      description = "The byhand jar to package (default: the running jar, else target/byhand.jar).")
  Path jar;

  @Override
  public Integer call() throws IOException {
    Path jarFile = ByhandJar.toPackage(jar);
    if (Files.isDirectory(out)) {
      throw new UsageException(
          "--out " + out + " is a folder; pass a file name such as autograder.zip");
    }
    AutograderZip.write(out, jarFile, common.rubric);
    spec.commandLine()
        .getOut()
        .println(
            "Wrote "
                + out
                + " (setup.sh, run_autograder, byhand.jar, rubric.json from "
                + common.rubric
                + "); upload it in Gradescope under Configure Autograder");
    return ExitCodes.OK;
  }
}
