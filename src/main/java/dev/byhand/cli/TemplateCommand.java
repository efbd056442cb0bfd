package dev.byhand.cli;

import dev.byhand.check.AnswerPage;
import dev.byhand.check.AnswerTemplate;
import dev.byhand.io.AtomicFile;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.Format;
import dev.byhand.variants.VariantRubricJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code byhand template}: a blank answers file with every key the rubric asks for. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Writes a blank answers file: every key the rubric asks for, in order, each under a comment"
          + " saying what goes there. Fill in the values after the keys, then run 'java -jar byhand.jar check FILE --rubric RUBRIC'.",
      "With --format html: one self-contained page for students (no Java, no network, works from file://):"
          + " a field per answer, a file picker that loads an answers file, the same check as 'check' on every"
          + " keystroke, and buttons that download the answers as CSV or JSON.",
      "Prints to standard output unless -o is given; never overwrites a file unless --force is given."
    },
    footer = {
      "",
      "Examples:",
      "  java -jar byhand.jar template --rubric rnn-by-hand.json -o answers.csv",
      "  java -jar byhand.jar template --format json -o answers.json",
      "  java -jar byhand.jar template --format html -o answers.html"
    })
final class TemplateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin StudentOption student;

  /** What a template can be written as. */
  enum TemplateFormat {
    CSV,
    JSON,
    HTML
  }

  @Option(
      names = "--format",
      paramLabel = "csv|json|html",
      description =
          "csv, json, or html: the self-check page (default: from the -o extension, else csv).")
  TemplateFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the template to FILE.")
  Path output;

  @Option(
      names = "--force",
      description = "Overwrite FILE if it exists (it may hold your answers!).")
  boolean force;

  @Override
  public Integer call() throws IOException {
    if (output != null && Files.exists(output) && !force) {
      throw new UsageException(
          output
              + " already exists and may hold your answers; choose another"
              + " name, or add --force to overwrite it");
    }
    if (output != null && Files.isDirectory(output)) {
      throw new UsageException(output + " is a folder; pass a file name such as answers.csv");
    }
    TemplateFormat chosen = format != null ? format : defaultFormat();
    String name =
        output == null
            ? "answers." + chosen.name().toLowerCase(Locale.ROOT)
            : String.valueOf(output.getFileName());
    Rubric rubric = student.apply(common.loadRubric(), false);
    // With variants, the check command a student copies must name them, or it refuses to run.
    String who =
        rubric.variant().isPresent() ? " --student " + shellWord(rubric.variant().get().key()) : "";
    String rubricJson =
        chosen == TemplateFormat.HTML
            ? Files.readString(common.rubric, StandardCharsets.UTF_8)
            : "";
    if (chosen == TemplateFormat.HTML && rubric.variants().isPresent()) {
      // The page loads a rubric as written: the student's own, with their numbers written in.
      if (rubric.variant().isEmpty()) {
        throw new UsageException(
            "each student of this rubric has their own numbers; name the student whose page this"
                + " is: template --format html --student KEY");
      }
      rubricJson = VariantRubricJson.of(rubricJson, rubric.variant().get());
    }
    String text =
        chosen == TemplateFormat.HTML
            ? new AnswerPage(rubric, rubricJson)
                .render(
                    "java -jar byhand.jar check answers.json --rubric "
                        + common.rubric.getFileName()
                        + who)
            : new AnswerTemplate(rubric)
                .render(
                    chosen == TemplateFormat.JSON ? Format.JSON : Format.CSV,
                    "java -jar byhand.jar check "
                        + name
                        + " --rubric "
                        + common.rubric.getFileName()
                        + who);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    } else {
      AtomicFile.write(output, text, AtomicFile.Durability.SYNCED);
      spec.commandLine()
          .getErr()
          .println(
              chosen == TemplateFormat.HTML
                  ? "Wrote "
                      + output
                      + "; open it in a browser, fill in or load your answers, and download them"
                  : "Wrote "
                      + output
                      + "; fill in your answers, then run: java -jar byhand.jar check "
                      + output
                      + " --rubric "
                      + common.rubric
                      + who);
    }
    return ExitCodes.OK;
  }

  private TemplateFormat defaultFormat() {
    String name =
        output == null ? "" : String.valueOf(output.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".json")
        ? TemplateFormat.JSON
        : name.endsWith(".html") || name.endsWith(".htm")
            ? TemplateFormat.HTML
            : TemplateFormat.CSV;
  }

  /** A key as one shell word: names with spaces or apostrophes in single quotes. */
  static String shellWord(String key) {
    return key.matches("[\\p{L}\\p{N}@._+-]+") ? key : "'" + key.replace("'", "'\\''") + "'";
  }
}
