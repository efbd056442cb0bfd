package dev.byhand.check;

import static java.util.Objects.requireNonNull;

import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.Format;
import java.util.ArrayList;
import java.util.List;

/**
 * A blank answers file: every key the rubric asks for, in rubric order, each with a hint of what
 * goes there and nothing after it, so {@code check} reports it incomplete rather than unreadable.
 * Immutable.
 */
public final class AnswerTemplate {
  private final Rubric rubric;
  private final Hints hints;

  public AnswerTemplate(Rubric rubric) {
    this.rubric = requireNonNull(rubric, "rubric");
    this.hints = new Hints(rubric);
  }

  /**
   * The template in {@code format}, CSV or JSON (the formats students are asked for); {@code
   * checkCommand} is the line a student runs to check it.
   */
  public String render(Format format, String checkCommand) {
    requireNonNull(format, "format");
    requireNonNull(checkCommand, "checkCommand");
    return switch (format) {
      case CSV -> csv(checkCommand);
      case JSON -> json(checkCommand);
      case MARKDOWN, YAML, LATEX, TEXT, PYTHON, PYTHON_FILE ->
          throw new IllegalArgumentException("templates are written as CSV or JSON, not " + format);
    };
  }

  private String csv(String checkCommand) {
    StringBuilder text = new StringBuilder();
    text.append("# Answers for \"")
        .append(oneLine(rubric.title()))
        .append("\" (rubric ")
        .append(rubric.id())
        .append(
            ")\n# Write each answer after its key on the same line: numbers separated by commas")
        .append(" (like qN.hidden,1,-2,3), or one word for a prediction.\n")
        .append("# Lines starting with # are ignored. Check the file before you submit it:\n#   ")
        .append(checkCommand)
        .append('\n');
    for (Question question : rubric.questions()) {
      text.append("\n# ")
          .append(question.id())
          .append(": ")
          .append(oneLine(question.text()))
          .append('\n');
      for (ItemSpec item : question.items()) {
        text.append("# ")
            .append(question.key(item))
            .append(": ")
            .append(hints.of(question, item))
            .append('\n');
        if (!item.manual()) {
          text.append(question.key(item)).append(",\n");
        }
      }
    }
    return text.toString();
  }

  private String json(String checkCommand) {
    List<String> entries = new ArrayList<>();
    entries.add(
        entry(
            "// about",
            "Answers for \""
                + oneLine(rubric.title())
                + "\" (rubric "
                + rubric.id()
                + "). Put numbers in the lists, like [1, -2, 3], and a word in the quotes of a prediction. Keys"
                + " starting with // are ignored. Check the file before you submit it: "
                + checkCommand));
    for (Question question : rubric.questions()) {
      for (ItemSpec item : question.items()) {
        String key = question.key(item);
        entries.add(entry("// " + key, hints.of(question, item)));
        if (!item.manual()) {
          entries.add("  " + quote(key) + ": " + blank(rubric.expected(question, item)));
        }
      }
    }
    return "{\n" + String.join(",\n", entries) + "\n}\n";
  }

  /**
   * What a blank answer looks like: {@code ""} for a token, {@code []}, or one {@code []} a row.
   */
  private static String blank(Value expected) {
    if (expected instanceof Value.Token) {
      return "\"\"";
    }
    if (expected instanceof Value.Mat matrix && matrix.value().rowCount() > 1) {
      return "["
          + String.join(", ", java.util.Collections.nCopies(matrix.value().rowCount(), "[]"))
          + "]";
    }
    return "[]";
  }

  private static String entry(String key, String value) {
    return "  " + quote(key) + ": " + quote(value);
  }

  /** A JSON string literal. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return quoted.append('"').toString();
  }

  /** Rubric text on one comment line: a newline inside it would end the comment. */
  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
