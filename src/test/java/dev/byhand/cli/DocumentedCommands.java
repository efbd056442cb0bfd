package dev.byhand.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steps a Markdown page shows: the byhand commands of its {@code sh} blocks, in page order, and
 * the files its {@code ```csv file=NAME} blocks hold. Other commands ({@code mvn}, {@code cd},
 * {@code unzip}, scripts) are left out; a command that starts like byhand but cannot be run in
 * process is kept, as {@link Unrunnable}, so that it fails rather than vanishes.
 */
final class DocumentedCommands {
  private DocumentedCommands() {}

  /** A step of a page, in page order; {@code line} is 1-based. */
  sealed interface Step permits WriteFile, Run, Unrunnable {
    int line();
  }

  /** A fenced block opened with {@code file=NAME}: its text, written before the page's commands. */
  record WriteFile(int line, String name, String content) implements Step {}

  /** A byhand command line: the arguments after the program, and the exit code the page expects. */
  record Run(int line, String text, List<String> args, int exitCode) implements Step {}

  /** A line that starts like byhand but cannot be run as written, and why. */
  record Unrunnable(int line, String text, String reason) implements Step {}

  private static final Pattern FENCE = Pattern.compile("^( *)(`{3,}|~{3,})\\s*(\\S*)\\s*(.*)$");
  private static final Pattern FILE = Pattern.compile("(?:^|\\s)file=(\\S+)");
  private static final Pattern EXITS = Pattern.compile("\\bexits (\\d+)\\b");
  private static final Set<String> SHELLS = Set.of("sh", "bash", "shell", "zsh");
  private static final Set<String> LAUNCHERS = Set.of("byhand", "target/byhand/bin/byhand");
  private static final Set<String> JARS = Set.of("byhand.jar", "target/byhand.jar");

  /** JVM options only: an in-process run cannot honour them, and they change no output. */
  private static final Set<String> JVM_VARIABLES =
      Set.of("JAVA_OPTS", "BYHAND_OPTS", "JDK_JAVA_OPTIONS");

  static List<Step> of(String markdown) {
    List<Step> steps = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher open = FENCE.matcher(lines[i]);
      if (!open.matches()) {
        continue;
      }
      int first = i + 1;
      List<String> body = new ArrayList<>();
      for (i = first; i < lines.length && !closes(lines[i], open.group(2)); i++) {
        body.add(unindent(lines[i], open.group(1).length()));
      }
      Matcher file = FILE.matcher(open.group(4));
      if (file.find()) {
        steps.add(new WriteFile(first, file.group(1), String.join("\n", body) + "\n"));
      } else if (SHELLS.contains(open.group(3))) {
        shellBlock(body, first + 1, steps);
      }
    }
    return steps;
  }

  private static boolean closes(String line, String fence) {
    String stripped = line.strip();
    return stripped.startsWith(fence) && stripped.chars().allMatch(c -> c == fence.charAt(0));
  }

  private static String unindent(String line, int indent) {
    int spaces = 0;
    while (spaces < indent && spaces < line.length() && line.charAt(spaces) == ' ') {
      spaces++;
    }
    return line.substring(spaces);
  }

  private static void shellBlock(List<String> body, int firstLine, List<Step> steps) {
    for (int i = 0; i < body.size(); i++) {
      int line = firstLine + i;
      StringBuilder text = new StringBuilder(body.get(i));
      while (text.toString().endsWith("\\") && i + 1 < body.size()) {
        text.setLength(text.length() - 1);
        text.append(' ').append(body.get(++i).strip());
      }
      steps.addAll(classify(line, text.toString().strip()));
    }
  }

  /** The byhand commands of one shell line, runnable or not; none for other tools. */
  private static List<Step> classify(int line, String text) {
    ShellLine shell;
    try {
      shell = ShellLine.parse(text);
    } catch (IllegalArgumentException e) {
      return text.contains("byhand")
          ? List.of(new Unrunnable(line, text, e.getMessage()))
          : List.of();
    }
    Matcher exits = EXITS.matcher(shell.comment());
    int exitCode = exits.find() ? Integer.parseInt(exits.group(1)) : ExitCodes.OK;
    List<Step> steps = new ArrayList<>();
    for (ShellLine.Command command : shell.commands()) {
      invocation(line, text, command, exitCode).ifPresent(steps::add);
    }
    return steps;
  }

  private static Optional<Step> invocation(
      int line, String text, ShellLine.Command command, int exitCode) {
    List<ShellLine.Word> words = command.words();
    int start = 0;
    while (start < words.size() && words.get(start).text().matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
      start++;
    }
    if (start == words.size() || !looksLikeByhand(words.subList(start, words.size()))) {
      return Optional.empty();
    }
    Optional<String> problem = problem(command, words, start);
    if (problem.isPresent()) {
      return Optional.of(new Unrunnable(line, text, problem.get()));
    }
    List<String> args = arguments(words.subList(start, words.size())).orElseThrow();
    return Optional.of(new Run(line, text, args, exitCode));
  }

  private static boolean looksLikeByhand(List<ShellLine.Word> words) {
    String program = words.get(0).text();
    if (program.equals("java")) {
      return words.stream().anyMatch(w -> w.text().endsWith(".jar") && w.text().contains("byhand"));
    }
    return program.substring(program.lastIndexOf('/') + 1).startsWith("byhand");
  }

  /** Why the command cannot run in process as written, if it cannot. */
  private static Optional<String> problem(
      ShellLine.Command command, List<ShellLine.Word> words, int start) {
    if (!command.operator().isEmpty() && !Set.of("&&", ";").contains(command.operator())) {
      return Optional.of("it is followed by " + command.operator() + ", which the test cannot run");
    }
    for (ShellLine.Word variable : words.subList(0, start)) {
      String name = variable.text().substring(0, variable.text().indexOf('='));
      if (!JVM_VARIABLES.contains(name)) {
        return Optional.of("it sets " + name + ", which a run through Main.run cannot see");
      }
    }
    for (ShellLine.Word word : words) {
      if (word.expansion().isPresent()) {
        return Optional.of(
            "\""
                + word.text()
                + "\" needs the shell to expand "
                + word.expansion().get()
                + "; write a path relative to the repository");
      }
    }
    return arguments(words.subList(start, words.size())).isEmpty()
        ? Optional.of(
            "it is not one of "
                + LAUNCHERS
                + " or java [JVM options] -jar one of "
                + JARS
                + ", followed by byhand's arguments")
        : Optional.empty();
  }

  /** byhand's own arguments after the program; empty when the program is not a known form. */
  private static Optional<List<String>> arguments(List<ShellLine.Word> words) {
    List<String> texts = words.stream().map(ShellLine.Word::text).toList();
    if (LAUNCHERS.contains(texts.get(0))) {
      return Optional.of(texts.subList(1, texts.size()));
    }
    int jar = texts.indexOf("-jar");
    boolean jvmOptionsOnly =
        jar > 0 && texts.subList(1, jar).stream().allMatch(option -> option.startsWith("-"));
    if (texts.get(0).equals("java")
        && jvmOptionsOnly
        && jar + 1 < texts.size()
        && JARS.contains(texts.get(jar + 1))) {
      return Optional.of(texts.subList(jar + 2, texts.size()));
    }
    return Optional.empty();
  }
}
