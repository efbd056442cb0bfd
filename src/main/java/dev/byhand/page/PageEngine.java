package dev.byhand.page;

import static java.util.Objects.requireNonNull;

import dev.byhand.check.CheckText;
import dev.byhand.check.Checker;
import dev.byhand.check.FileCheck;
import dev.byhand.check.ItemCheck;
import dev.byhand.check.ItemState;
import dev.byhand.grading.AskedKeys;
import dev.byhand.grading.RubricKeys;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.submission.Answer;
import dev.byhand.submission.AnswerKey;
import dev.byhand.submission.Submission;
import dev.byhand.submission.SubmissionReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the self-check page asks of byhand, in plain Java (so the JVM tests call it as the browser
 * does): check a file's bytes exactly as {@code check} does, and write the typed answers as a file.
 * Results travel as JSON text. Immutable and thread-safe.
 */
public final class PageEngine {
  private final Rubric rubric;
  private final Checker checker;
  private final SubmissionReader reader;
  private final CheckText text = new CheckText(false);

  /**
   * The engine for the rubric {@code rubricJson}, the rubric file's text as embedded in the page.
   */
  public PageEngine(String rubricJson) {
    this.rubric =
        new RubricLoader().parse(requireNonNull(rubricJson, "rubricJson"), "the page's rubric");
    this.checker = new Checker(rubric);
    this.reader = new SubmissionReader(RubricKeys.of(rubric));
  }

  /**
   * The check of {@code bytes}, a file called {@code fileName}, as JSON: {@code ready}, {@code
   * unreadable}, {@code format}, {@code conclusion}, {@code notes} and per item {@code key}, {@code
   * state} (ok, missing, unreadable, wrong-size, manual), {@code label}, {@code where}, {@code
   * detail}, {@code verdict} and {@code text} (the answer as read, to put back into its field).
   */
  public String check(String fileName, byte[] bytes) {
    Submission submission = reader.readContents(Path.of(safeName(fileName)), bytes);
    FileCheck check = checker.check(submission, fileName);
    List<String> items = new ArrayList<>();
    int index = 0;
    for (Question question : rubric.questions()) {
      for (ItemSpec item : question.items()) {
        items.add(item(check.items().get(index++), answerText(submission, question, item)));
      }
    }
    return "{\"ready\":"
        + check.isComplete()
        + ",\"unreadable\":"
        + JsonText.quote(check.unreadable().orElse(""))
        + ",\"format\":"
        + JsonText.quote(check.format().map(f -> f.description()).orElse(""))
        + ",\"conclusion\":"
        + JsonText.quote(text.conclusion(check))
        + ",\"notes\":"
        + JsonText.list(check.notes())
        + ",\"items\":["
        + String.join(",", items)
        + "]}";
  }

  /**
   * The answers typed into the page as a file: {@code keys[i]} answered {@code texts[i]}, as CSV
   * (one line an answer, the answer quoted) or as JSON (each answer a string, which {@code check}
   * splits as it splits a one-cell vector).
   */
  public static String answersFile(boolean json, List<String> keys, List<String> texts) {
    StringBuilder file = new StringBuilder(json ? "{\n" : "");
    for (int i = 0; i < keys.size(); i++) {
      if (json) {
        file.append("  ")
            .append(JsonText.quote(keys.get(i)))
            .append(": ")
            .append(JsonText.quote(texts.get(i)))
            .append(i + 1 < keys.size() ? ",\n" : "\n");
      } else {
        file.append(keys.get(i))
            .append(",\"")
            .append(oneLine(texts.get(i)).replace("\"", "\"\""))
            .append("\"\n");
      }
    }
    return file.append(json ? "}\n" : "").toString();
  }

  private String item(ItemCheck item, String answer) {
    return "{\"key\":"
        + JsonText.quote(item.key())
        + ",\"state\":"
        + JsonText.quote(stateId(item.state()))
        + ",\"label\":"
        + JsonText.quote(item.state().label())
        + ",\"where\":"
        + JsonText.quote(item.where())
        + ",\"detail\":"
        + JsonText.quote(text.detail(item))
        + ",\"verdict\":"
        + JsonText.quote(item.graded().map(r -> r.status().label()).orElse(""))
        + ",\"text\":"
        + JsonText.quote(answer)
        + "}";
  }

  /** The state as the page's {@code data-state} names it. */
  public static String stateId(ItemState state) {
    return switch (state) {
      case OK -> "ok";
      case MISSING -> "missing";
      case UNREADABLE -> "unreadable";
      case WRONG_SIZE -> "wrong-size";
      case BY_TA -> "manual";
    };
  }

  /**
   * The first answer to an item as a field shows it: numbers by commas, matrix rows by semicolons.
   */
  private static String answerText(Submission submission, Question question, ItemSpec item) {
    if (item.manual()) {
      return "";
    }
    List<Answer> answers =
        submission.answersFor(
            new AnswerKey(question.id(), item.name()),
            AskedKeys.names(question),
            question.items().size() == 1);
    if (answers.isEmpty()) {
      return "";
    }
    Answer answer = answers.get(0);
    if (answer.rowSizes().isEmpty()) {
      return String.join(", ", answer.values());
    }
    List<String> rows = new ArrayList<>();
    int from = 0;
    for (int size : answer.rowSizes()) {
      rows.add(String.join(", ", answer.values().subList(from, from + size)));
      from += size;
    }
    return String.join("; ", rows);
  }

  /**
   * A line break inside a CSV cell would start a new answer in some readers: a field is one line.
   */
  private static String oneLine(String text) {
    return text.replace('\r', ' ').replace('\n', ' ');
  }

  /** A browser's file name has no folders; anything a path would read as one is replaced. */
  private static String safeName(String fileName) {
    String name = fileName.replace('/', '_').replace('\\', '_').replace('\0', '_');
    return name.isBlank() ? "answers" : name;
  }
}
