package dev.byhand.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A temporary folder laid out like the repository, in which one page's commands run as a reader
 * would run them from the repository's folder. The JVM cannot change its working directory, so
 * every relative path a command would use (given, or a picocli default) is resolved in this folder
 * before the command runs through {@link Main#run}. Not thread-safe: one page's commands run in
 * order.
 */
final class DocsFolder {
  /** Copied from the repository, under the same names. */
  private static final List<String> REPOSITORY = List.of("rubrics", "submissions", "samples");

  /** Input files the pages name that no command or {@code file=} block makes: target ← source. */
  private static final Map<String, String> INPUTS =
      Map.of(
          // The rubric a student receives beside byhand.jar.
          "rnn-by-hand.json", "rubrics/rnn-by-hand.json",
          // Gradescope's Export Submissions, unzipped.
          "assignment_123456_export", "src/test/resources/gradescope-export",
          // An autograder root as `unzip autograder.zip -d ag/source` and `cp` leave it.
          "ag/source/rubric.json", "rubrics/rnn-by-hand.json",
          "ag/submission/hana-lee.csv", "submissions/hana-lee.csv");

  private final Path dir;
  private boolean prepared;
  private boolean written;

  DocsFolder(Path dir) {
    this.dir = dir;
  }

  Path dir() {
    return dir;
  }

  /** Writes a page's example files, once, after copying the repository's files. */
  void writeOnce(List<DocumentedCommands.WriteFile> files) throws IOException {
    if (written) {
      return;
    }
    written = true;
    prepare();
    for (DocumentedCommands.WriteFile file : files) {
      Path target = inside(file.name());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.content());
    }
  }

  /** The arguments with every relative path the command would use resolved in this folder. */
  String[] arguments(List<String> args) throws IOException {
    prepare();
    CommandSpec spec =
        new ByhandCommand(false, false).commandLine(args.toArray(String[]::new)).getCommandSpec();
    int at = 0;
    for (; at < args.size() && spec.subcommands().containsKey(args.get(at)); at++) {
      spec = spec.subcommands().get(args.get(at)).getCommandSpec();
    }
    Resolution resolution = new Resolution(spec, args.subList(0, at));
    while (at < args.size()) {
      at = resolution.add(args, at);
    }
    return resolution.withDefaults();
  }

  /** One command's arguments, resolved as picocli's model of that (sub)command reads them. */
  private final class Resolution {
    private final CommandSpec spec;
    private final List<String> resolved;
    private final Set<OptionSpec> given = new HashSet<>();
    private int position;

    Resolution(CommandSpec spec, List<String> commandNames) {
      this.spec = spec;
      this.resolved = new ArrayList<>(commandNames);
    }

    /** Adds the argument at {@code at} (and an option's value); the index after them. */
    int add(List<String> args, int at) {
      String arg = args.get(at);
      if (!arg.startsWith("-")) {
        boolean isPath = positional(position++).map(DocsFolder::isPath).orElse(false);
        resolved.add(isPath ? path(arg) : arg);
        return at + 1;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      OptionSpec option = spec.findOption(name);
      if (option == null || option.arity().max() == 0) {
        resolved.add(arg); // picocli itself refuses an unknown option: the run then fails
      } else if (equals >= 0) {
        resolved.add(name + "=" + value(option, arg.substring(equals + 1)));
      } else {
        resolved.add(arg);
        if (at + 1 < args.size()) {
          resolved.add(value(option, args.get(at + 1)));
        }
        at++;
      }
      if (option != null) {
        given.add(option);
      }
      return at + 1;
    }

    /** Relative defaults resolve in this folder, as they would in a run started from it. */
    String[] withDefaults() {
      for (OptionSpec option : spec.options()) {
        if (!given.contains(option) && isPath(option) && option.defaultValue() != null) {
          resolved.add(option.longestName());
          resolved.add(path(option.defaultValue()));
        }
      }
      // The package commands fall back to the jar `mvn package` builds: no picocli default.
      boolean jarGiven = given.stream().anyMatch(option -> option.longestName().equals("--jar"));
      if (spec.findOption("--jar") != null && !jarGiven) {
        resolved.add("--jar");
        resolved.add(path(ByhandJar.BUILT_JAR.toString()));
      }
      return resolved.toArray(String[]::new);
    }

    private Optional<ArgSpec> positional(int index) {
      return spec.positionalParameters().stream()
          .filter(parameter -> parameter.index().contains(index))
          .map(ArgSpec.class::cast)
          .findFirst();
    }
  }

  /** A path, or a list of them ({@code byhand test rubrics/a.json rubrics/b.json}). */
  private static boolean isPath(ArgSpec arg) {
    return arg.type() == Path.class
        || (arg.isMultiValue()
            && arg.auxiliaryTypes().length > 0
            && arg.auxiliaryTypes()[0] == Path.class);
  }

  private String value(OptionSpec option, String value) {
    return isPath(option) ? path(value) : value;
  }

  private String path(String value) {
    return inside(value).toString();
  }

  private Path inside(String relative) {
    if (Path.of(relative).isAbsolute()) {
      throw new AssertionError(
          relative + " is an absolute path: write a path relative to the repository's folder");
    }
    return dir.resolve(relative);
  }

  private void prepare() throws IOException {
    if (prepared) {
      return;
    }
    prepared = true;
    for (String folder : REPOSITORY) {
      copy(Path.of(folder), dir.resolve(folder));
    }
    for (Map.Entry<String, String> input : INPUTS.entrySet()) {
      copy(Path.of(input.getValue()), dir.resolve(input.getKey()));
    }
    // Unit tests run before `mvn package` makes the jar; any file stands in for it here.
    Path jar = dir.resolve(ByhandJar.BUILT_JAR);
    Files.createDirectories(jar.getParent());
    Files.write(jar, new byte[] {'P', 'K', 3, 4});
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
