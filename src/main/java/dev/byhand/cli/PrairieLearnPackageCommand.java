package dev.byhand.cli;

import dev.byhand.prairielearn.QuestionPackage;
import dev.byhand.rubric.Rubric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code byhand prairielearn package}: a PrairieLearn question folder for a rubric. */
@Command(
    name = "package",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Writes a PrairieLearn question folder: info.json (graded externally by byhand's image),"
          + " question.html (the exercise and one input per item), tests/rubric.json, and the"
          + " grader image's Dockerfile, grade.sh and byhand.jar.",
      "Build and push the image (docker build -t IMAGE DIR), then copy the folder, without the"
          + " image's files if you like, into the course's questions/."
    },
    footer = {
      "",
      "Example:",
      "  target/byhand/bin/byhand prairielearn package --rubric rubrics/rnn-by-hand.json -o questions/rnn-by-hand"
    })
final class PrairieLearnPackageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      required = true,
      description = "The question folder to write (created if missing).")
  Path out;

  @Option(
      names = "--image",
      paramLabel = "NAME",
      defaultValue = "byhand/grader",
      description =
          "The grader image's name in info.json, as PrairieLearn will pull it (default:"
              + " ${DEFAULT-VALUE}).")
  String image;

  @Option(
      names = "--topic",
      paramLabel = "TOPIC",
      defaultValue = "byhand",
      description = "The question's topic in the course (default: ${DEFAULT-VALUE}).")
  String topic;

  @Option(
      names = "--jar",
      paramLabel = "FILE",
      description =
          "The byhand jar for the image (default: the running jar, else target/byhand.jar).")
  Path jar;

  @Option(
      names = "--variants",
      paramLabel = "N",
      defaultValue = "20",
      description =
          "With a rubric that has variants: how many to draw, one shown per PrairieLearn variant"
              + " of the question (default: ${DEFAULT-VALUE}).")
  int variants;

  @Override
  public Integer call() throws IOException {
    if (variants < 1 || variants > 1000) {
      throw new UsageException("--variants " + variants + " is not from 1 to 1000");
    }
    Rubric rubric = common.loadRubric();
    Path jarFile = ByhandJar.toPackage(jar);
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException("-o " + out + " is a file; pass the question folder to write");
    }
    if (image.isBlank() || image.chars().anyMatch(Character::isWhitespace)) {
      throw new UsageException(
          "--image '" + image + "' is not an image name such as byhand/grader");
    }
    Files.createDirectories(out);
    List<String> written =
        QuestionPackage.write(
            out,
            rubric,
            Files.readString(common.rubric, StandardCharsets.UTF_8),
            jarFile,
            image,
            topic,
            variants);
    spec.commandLine()
        .getOut()
        .println(
            "Wrote "
                + out
                + ": "
                + String.join(", ", written)
                + ". Build the grader image there (docker build -t "
                + image
                + " "
                + out
                + "), push it, and copy the folder into the course's questions/");
    return ExitCodes.OK;
  }
}
