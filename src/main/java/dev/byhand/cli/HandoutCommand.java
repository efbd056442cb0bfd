package dev.byhand.cli;

import dev.byhand.io.AtomicFile;
import dev.byhand.report.Handout;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.Variant;
import dev.byhand.variants.StudentRubrics;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code byhand handout}: the exercise for students, with each student's own numbers. */
@Command(
    name = "handout",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Renders the exercise: title, equations, vocabulary, every value as a matrix, the sentence and"
          + " the questions, with the student's own numbers when the rubric has variants.",
      "With --roster, one file per student into the folder -o (and with --answers an answer key per"
          + " student beside it, for TAs)."
    },
    footer = {
      "",
      "Examples:",
      "  byhand handout --rubric rubrics/rnn-by-hand.json --format html -o handout.html",
      "  byhand handout --rubric rubrics/rnn-by-hand-variants.json --student ana@colgate.edu -o ana.html",
      "  byhand handout --rubric rubrics/rnn-by-hand-variants.json --roster roster.csv --format tex --answers -o handouts"
    })
final class HandoutCommand implements Callable<Integer> {
  /** Rosters are class lists; anything larger is not one. */
  static final long MAX_ROSTER_BYTES = 10 << 20;

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @ArgGroup(exclusive = true)
  Who who;

  static final class Who {
    @Option(
        names = "--student",
        paramLabel = "KEY",
        description = "One student's handout (their email, else id).")
    String student;

    @Option(
        names = "--roster",
        paramLabel = "FILE",
        description =
            "A CSV class list with an email (or id) column, as LMSs and Gradescope export it.")
    Path roster;
  }

  @Option(
      names = "--format",
      paramLabel = "html|md|tex",
      defaultValue = "html",
      description = "html (default; self-contained, prints well), md or tex.")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE_OR_DIR",
      required = true,
      description = "The handout file; with --roster, the folder for one file per student.")
  Path output;

  @Option(
      names = "--answers",
      description = "Also write each handout's answer key (<name>-answers.<ext>), for TAs.")
  boolean answers;

  @Override
  public Integer call() throws IOException {
    Handout.Format chosen = format();
    Rubric rubric = common.loadRubric();
    if (who != null && who.roster != null) {
      return roster(rubric, chosen);
    }
    Rubric own =
        who != null && who.student != null
            ? new StudentOption(who.student).apply(rubric, false)
            : rubric;
    write(output, own, chosen);
    return ExitCodes.OK;
  }

  private int roster(Rubric rubric, Handout.Format chosen) throws IOException {
    List<String> keys = RosterCsv.keys(who.roster, MAX_ROSTER_BYTES);
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new UsageException("-o " + output + " is a file; with --roster pass a folder");
    }
    Files.createDirectories(output);
    List<Rubric> students = new ArrayList<>();
    if (rubric.variants().isPresent()) {
      for (Variant variant : StudentRubrics.forRoster(rubric, keys)) {
        students.add(StudentRubrics.with(rubric, variant));
      }
    } else {
      keys.forEach(k -> students.add(rubric));
    }
    for (int i = 0; i < keys.size(); i++) {
      write(
          output.resolve(fileName(keys.get(i)) + "." + extension(chosen)), students.get(i), chosen);
    }
    spec.commandLine()
        .getErr()
        .println(
            "Wrote "
                + keys.size()
                + " handouts"
                + (answers ? " and answer keys" : "")
                + " into "
                + output);
    return ExitCodes.OK;
  }

  private void write(Path file, Rubric rubric, Handout.Format chosen) throws IOException {
    AtomicFile.write(file, Handout.render(rubric, chosen, false), AtomicFile.Durability.RENAMED);
    if (answers) {
      String name = file.getFileName().toString();
      int dot = name.lastIndexOf('.');
      Path key =
          file.resolveSibling(
              (dot > 0 ? name.substring(0, dot) : name)
                  + "-answers"
                  + (dot > 0 ? name.substring(dot) : ""));
      AtomicFile.write(key, Handout.render(rubric, chosen, true), AtomicFile.Durability.RENAMED);
    }
  }

  private Handout.Format format() {
    try {
      return Handout.Format.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format " + format + " is not one of html, md, tex");
    }
  }

  private static String extension(Handout.Format format) {
    return format.name().toLowerCase(Locale.ROOT);
  }

  /**
   * A key as a file name on every system, kept as it is wherever every system allows, so that a
   * student's answers saved under their handout's name are graded under the same key: {@code
   * o'brien@colgate.edu} stays, a character Windows forbids ({@code <>:"/\\|?*}, control
   * characters) becomes {@code _}.
   */
  static String fileName(String key) {
    String safe = key.strip().toLowerCase(Locale.ROOT).replaceAll("[\\p{Cntrl}<>:\"/\\\\|?*]", "_");
    return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
  }

  /** The student keys of a roster CSV: its email column, else its id column. */
  static final class RosterCsv {
    private RosterCsv() {}

    static List<String> keys(Path file, long maxBytes) throws IOException {
      if (!Files.isRegularFile(file)) {
        throw new UsageException("--roster " + file + " does not exist");
      }
      if (Files.size(file) > maxBytes) {
        throw new UsageException(
            "--roster " + file + " is larger than 10 MiB; is it a class list?");
      }
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new UsageException(
            "--roster "
                + file
                + " is not UTF-8 text (a spreadsheet's older"
                + " encoding?); save it as \"CSV UTF-8\" and try again");
      }
      text = text.startsWith("\uFEFF") ? text.substring(1) : text;
      char delimiter =
          text.lines().findFirst().orElse("").chars().filter(c -> c == ';').count()
                  > text.lines().findFirst().orElse("").chars().filter(c -> c == ',').count()
              ? ';'
              : ',';
      try (Reader reader = new java.io.StringReader(text);
          CSVParser csv =
              CSVFormat.DEFAULT
                  .builder()
                  .setDelimiter(delimiter)
                  .setHeader()
                  .setIgnoreSurroundingSpaces(true)
                  .get()
                  .parse(reader)) {
        String column = column(csv.getHeaderNames(), file);
        List<String> keys = new ArrayList<>();
        for (CSVRecord record : csv) {
          String key =
              record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
          if (!key.isEmpty()) {
            keys.add(key);
          }
        }
        if (keys.isEmpty()) {
          throw new UsageException(
              "--roster " + file + ": no student in column \"" + column + "\"");
        }
        return keys;
      } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
        throw new UsageException("--roster " + file + ": not a readable CSV: " + e.getMessage());
      }
    }

    private static String column(List<String> headers, Path file) {
      for (String wanted :
          List.of("email", "e-mail", "email address", "sid", "student id", "id", "login id")) {
        for (String header : headers) {
          if (header.strip().toLowerCase(Locale.ROOT).equals(wanted)) {
            return header;
          }
        }
      }
      throw new UsageException(
          "--roster "
              + file
              + " has no email or id column (its columns: "
              + headers
              + "); name one \"Email\" or \"SID\"");
    }
  }
}
