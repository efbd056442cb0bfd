package dev.byhand.prairielearn;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.byhand.exact.Rational;
import dev.byhand.grading.ItemResult;
import dev.byhand.grading.ItemText;
import dev.byhand.grading.Reading;
import dev.byhand.grading.StudentResult;
import dev.byhand.report.Numbers;
import dev.byhand.rubric.Visibility;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * PrairieLearn's {@code results.json} for one graded submission: {@code score} from 0 to 1 over the
 * autograded items, one test per item with byhand's feedback, and {@code gradable: false} with
 * {@code format_errors} when nothing could be read (the student keeps the attempt). Manual items (a
 * diagram) are left to PrairieLearn's manual grading. Under PrairieLearn's 1 MB limit: each message
 * is cut at {@link #MAX_MESSAGE} characters.
 */
final class ResultsJson {
  /** PrairieLearn refuses results larger than 1 MiB. */
  static final int MAX_BYTES = 1 << 20;

  /** Far above any feedback byhand writes; a student's pasted essay cannot fill the file. */
  static final int MAX_MESSAGE = 4_000;

  private ResultsJson() {}

  /**
   * The results of a graded submission.
   *
   * @param uploaded whether the answers came from an uploaded file (each test then says where in it
   *     the answer was read), not from the question's inputs
   */
  static String graded(StudentResult result, ItemText text, boolean uploaded) {
    List<String> problems = result.fileProblems();
    JsonArray tests = new JsonArray();
    Rational earned = Rational.ZERO;
    Rational possible = Rational.ZERO;
    boolean anythingRead = false;
    for (ItemResult item : result.items()) {
      if (item.item().manual()) {
        continue;
      }
      earned = earned.add(item.points());
      possible = possible.add(item.maxPoints());
      anythingRead |= item.reading() instanceof Reading.Read;
      tests.add(test(item, text, uploaded));
    }
    if (!anythingRead) {
      List<String> errors = new ArrayList<>(problems);
      if (errors.isEmpty()) {
        errors.add(
            "No answer could be read: fill in the answer boxes (or upload your answers file)"
                + " and submit again.");
      }
      return notGradable(errors);
    }
    JsonObject results = new JsonObject();
    results.addProperty("gradable", true);
    results.addProperty("score", score(earned, possible));
    results.addProperty("message", message(earned, possible, problems, manual(result)));
    results.add("tests", tests);
    return json(results);
  }

  /** Results that do not use up the student's attempt: nothing was graded, each error says why. */
  static String notGradable(List<String> errors) {
    JsonObject results = new JsonObject();
    results.addProperty("gradable", false);
    JsonArray formatErrors = new JsonArray();
    errors.forEach(e -> formatErrors.add(cut(e)));
    results.add("format_errors", formatErrors);
    results.addProperty("message", cut(String.join(" ", errors)));
    return json(results);
  }

  private static JsonObject test(ItemResult item, ItemText text, boolean uploaded) {
    JsonObject test = new JsonObject();
    test.addProperty("name", item.key());
    test.addProperty("description", item.question().label(item.item()));
    test.addProperty("points", decimal(item.points()));
    test.addProperty("max_points", decimal(item.maxPoints()));
    String label = item.status().label();
    // "Correct." needs no "Correct." before it; other feedback starts with the verdict.
    StringBuilder message =
        new StringBuilder(
            item.feedback().startsWith(label) ? item.feedback() : label + ". " + item.feedback());
    String given = text.given(item);
    if (!given.isEmpty()) {
      message.append(" Your answer: ").append(given).append('.');
    }
    String expected = item.question().visibility() == Visibility.VISIBLE ? text.expected(item) : "";
    if (!expected.isEmpty()) {
      message.append(" Expected: ").append(expected).append('.');
    }
    if (uploaded && item.reading() instanceof Reading.Read read) {
      message.append(" Read from ").append(read.where().file()).append(' ');
      message.append(read.where().quoted()).append('.');
    }
    test.addProperty("message", cut(message.toString()));
    return test;
  }

  private static String message(
      Rational earned, Rational possible, List<String> problems, String manual) {
    StringBuilder line =
        new StringBuilder("byhand: ")
            .append(decimal(earned).toPlainString())
            .append(" of ")
            .append(decimal(possible).toPlainString())
            .append(" points.");
    problems.forEach(p -> line.append(' ').append(p));
    line.append(manual);
    return cut(line.toString());
  }

  /** {@code q0.diagram (2 points) is graded by a TA…}, or empty without manual items. */
  private static String manual(StudentResult result) {
    List<String> manual =
        result.items().stream()
            .filter(i -> i.item().manual())
            .map(i -> i.key() + " (" + decimal(i.maxPoints()).toPlainString() + " points)")
            .toList();
    return manual.isEmpty()
        ? ""
        : " "
            + String.join(", ", manual)
            + (manual.size() == 1 ? " is" : " are")
            + " graded by a TA, outside this score.";
  }

  /** A fraction from 0 to 1, to 6 places (PrairieLearn stores a float). */
  private static BigDecimal score(Rational earned, Rational possible) {
    if (possible.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return earned
        .divide(possible)
        .toDecimal(6)
        .setScale(6, RoundingMode.HALF_UP)
        .stripTrailingZeros();
  }

  private static BigDecimal decimal(Rational value) {
    return Numbers.json(value);
  }

  private static String cut(String text) {
    return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + " …";
  }

  private static String json(JsonObject results) {
    String json = new GsonBuilder().setPrettyPrinting().create().toJson(results) + "\n";
    if (json.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      // Cannot happen with the cuts above and a rubric's few items; if it did, the score stands.
      results.remove("tests");
      json = new GsonBuilder().setPrettyPrinting().create().toJson(results) + "\n";
    }
    return json;
  }
}
