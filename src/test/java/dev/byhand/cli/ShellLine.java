package dev.byhand.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of a documented {@code sh} block, split the way a POSIX shell splits it: quotes,
 * backslashes, a {@code #} comment, and the operators between commands. Nothing is expanded: a word
 * that a shell would expand ({@code ~}, {@code $VAR}, a glob) records why it cannot be run as is.
 */
record ShellLine(List<Command> commands, String comment) {

  /**
   * One simple command: its words, and the operator that ends it ({@code ""} at the line's end).
   */
  record Command(List<Word> words, String operator) {}

  /** One word after quote removal; {@code expansion} says what a shell would expand in it. */
  record Word(String text, Optional<String> expansion) {}

  private static final String OPERATOR_CHARS = "&|;<>()";

  static ShellLine parse(String line) {
    return new Splitter(line).split();
  }

  /** A single pass over the line's characters. Not thread-safe; one per line. */
  private static final class Splitter {
    private final String line;
    private final List<Command> commands = new ArrayList<>();
    private List<Word> words = new ArrayList<>();
    private StringBuilder word;
    private String expansion;
    private int at;

    Splitter(String line) {
      this.line = line;
    }

    ShellLine split() {
      String comment = "";
      while (at < line.length()) {
        char c = line.charAt(at);
        if (Character.isWhitespace(c)) {
          endWord();
          at++;
        } else if (c == '#' && word == null) {
          comment = line.substring(at + 1).strip();
          break;
        } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
          endWord();
          operator();
        } else {
          wordChar(c);
        }
      }
      endWord();
      if (!words.isEmpty()) {
        commands.add(new Command(List.copyOf(words), ""));
      }
      return new ShellLine(List.copyOf(commands), comment);
    }

    private void wordChar(char c) {
      if (word == null) {
        word = new StringBuilder();
        expansion = c == '~' ? "~ (a home folder)" : null;
      }
      switch (c) {
        case '\'' -> singleQuoted();
        case '"' -> doubleQuoted();
        case '\\' -> {
          word.append(charAt(at + 1, "a backslash at the end of the line"));
          at += 2;
        }
        default -> {
          if ("$`*?[".indexOf(c) >= 0 && expansion == null) {
            expansion = c == '$' || c == '`' ? "$ or ` (a variable or command)" : c + " (a glob)";
          }
          word.append(c);
          at++;
        }
      }
    }

    private void singleQuoted() {
      int end = closing('\'', at + 1);
      word.append(line, at + 1, end);
      at = end + 1;
    }

    private void doubleQuoted() {
      at++;
      while (charAt(at, "an unclosed \"") != '"') {
        char c = line.charAt(at);
        if (c == '\\' && "\"\\$`".indexOf(charAt(at + 1, "an unclosed \"")) >= 0) {
          c = line.charAt(++at);
        } else if ((c == '$' || c == '`') && expansion == null) {
          expansion = "$ or ` (a variable or command)";
        }
        word.append(c);
        at++;
      }
      at++;
    }

    private void operator() {
      int start = at;
      while (at < line.length() && OPERATOR_CHARS.indexOf(line.charAt(at)) >= 0) {
        at++;
      }
      commands.add(new Command(List.copyOf(words), line.substring(start, at)));
      words = new ArrayList<>();
    }

    private void endWord() {
      if (word != null) {
        words.add(new Word(word.toString(), Optional.ofNullable(expansion)));
        word = null;
        expansion = null;
      }
    }

    private int closing(char quote, int from) {
      int end = line.indexOf(quote, from);
      if (end < 0) {
        throw new IllegalArgumentException("an unclosed " + quote + " in: " + line);
      }
      return end;
    }

    private char charAt(int index, String problem) {
      if (index >= line.length()) {
        throw new IllegalArgumentException(problem + " in: " + line);
      }
      return line.charAt(index);
    }
  }
}
