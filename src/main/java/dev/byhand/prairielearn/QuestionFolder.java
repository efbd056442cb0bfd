package dev.byhand.prairielearn;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.byhand.exact.Rational;
import dev.byhand.network.Value;
import dev.byhand.report.Handout;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A PrairieLearn question folder for a rubric, as text files by name: {@code info.json} (external
 * grading by byhand's image), {@code question.html} (the exercise as the handout shows it, then one
 * input per item: a grid of the item's shape for vectors and matrices, a text box for a word, a
 * number box for a number), {@code tests/rubric.json}, and the grader image's {@code Dockerfile}
 * and {@code grade.sh}. Stateless.
 */
final class QuestionFolder {
  /** Where the image holds byhand, and the entrypoint PrairieLearn runs. */
  static final String JAR_IN_IMAGE = "/byhand/byhand.jar";

  static final String ENTRYPOINT = "/byhand/grade.sh";

  /** Seconds PrairieLearn lets a grading job run: byhand takes about one, mostly the JVM. */
  static final int TIMEOUT_SECONDS = 60;

  private QuestionFolder() {}

  /**
   * @param rubricJson the rubric file's text, stored as {@code tests/rubric.json}
   * @param image the grader image's name, as pushed to a registry PrairieLearn can pull from
   */
  static Map<String, String> files(
      Rubric rubric, String rubricJson, String image, String topic, int variantCount) {
    Map<String, String> files = new LinkedHashMap<>();
    boolean varied = rubric.variants().isPresent();
    files.put("info.json", info(rubric, image, topic, varied));
    files.put(
        "question.html",
        questionHtml(
            rubric,
            varied
                ? "{{{params.byhand_exercise}}}\n"
                : mustacheSafe(Handout.exerciseFragment(rubric))));
    if (varied) {
      files.put("server.py", PrairieVariants.serverPy(rubric, variantCount));
    }
    files.put("tests/rubric.json", rubricJson);
    files.put(
        "Dockerfile",
        "# byhand's grader image for PrairieLearn: a Java 17 runtime and byhand.jar.\n"
            + "# Build it beside byhand.jar: docker build -t "
            + image
            + " .\n"
            + "FROM eclipse-temurin:17-jre\n"
            + "COPY byhand.jar "
            + JAR_IN_IMAGE
            + "\n"
            + "COPY grade.sh "
            + ENTRYPOINT
            + "\n"
            + "RUN chmod +x "
            + ENTRYPOINT
            + "\n");
    files.put(
        "grade.sh",
        "#!/bin/sh\n"
            + "# PrairieLearn runs this in the grading container: byhand grades /grade and writes\n"
            + "# /grade/results/results.json.\n"
            + "exec java -Xshare:auto -XX:TieredStopAtLevel=1 -jar "
            + JAR_IN_IMAGE
            + " prairielearn run --root /grade\n");
    return files;
  }

  private static String info(Rubric rubric, String image, String topic, boolean varied) {
    JsonObject info = new JsonObject();
    // The same rubric id gives the same uuid, so packaging again updates the question in place.
    info.addProperty(
        "uuid",
        UUID.nameUUIDFromBytes(("byhand:" + rubric.id()).getBytes(StandardCharsets.UTF_8))
            .toString());
    info.addProperty("title", rubric.title());
    info.addProperty("topic", topic);
    JsonArray tags = new JsonArray();
    tags.add("byhand");
    info.add("tags", tags);
    info.addProperty("type", "v3");
    // With variants each PrairieLearn variant shows one of byhand's drawn numbers (server.py).
    info.addProperty("singleVariant", !varied);
    info.addProperty("gradingMethod", "External");
    JsonObject grading = new JsonObject();
    grading.addProperty("enabled", true);
    grading.addProperty("image", image);
    grading.addProperty("entrypoint", ENTRYPOINT);
    grading.addProperty("timeout", TIMEOUT_SECONDS);
    info.add("externalGradingOptions", grading);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(info) + "\n";
  }

  /** PrairieLearn renders question.html as a Mustache template: no "{{" may reach it. */
  static String mustacheSafe(String html) {
    return html.replace("{{", "{ {").replace("}}", "} }");
  }

  private static String questionHtml(Rubric rubric, String exercise) {
    StringBuilder html = new StringBuilder();
    html.append("<pl-question-panel>\n")
        .append(exercise)
        .append("<p>Work through the questions below by hand and type each answer in its box:")
        .append(" exact numbers (integers, decimals or fractions such as <code>3/4</code>), or a")
        .append(" word of the vocabulary. A box left empty counts as not answered.</p>\n")
        .append("</pl-question-panel>\n");
    for (Question question : rubric.questions()) {
      html.append("\n<pl-question-panel>\n<p><strong>")
          .append(esc(question.id()))
          .append(context(rubric, question))
          .append("</strong>: ")
          .append(esc(question.text()))
          .append("</p>\n</pl-question-panel>\n");
      for (ItemSpec item : question.items()) {
        html.append(input(rubric, question, item));
      }
    }
    html.append(
        "\n<pl-submission-panel>\n<pl-external-grader-results></pl-external-grader-results>\n"
            + "</pl-submission-panel>\n");
    return html.toString();
  }

  private static String context(Rubric rubric, Question question) {
    return question.position() > 0
        ? " (step "
            + question.position()
            + (rubric.hasSentence() ? ", reading " + esc(rubric.word(question.position())) : "")
            + ")"
        : "";
  }

  private static String input(Rubric rubric, Question question, ItemSpec item) {
    String about =
        "<p>"
            + esc(question.key(item))
            + ": "
            + esc(question.label(item))
            + " ("
            + item.points()
            + (item.points().equals(Rational.ONE) ? " point)" : " points)");
    if (item.manual()) {
      return "<pl-question-panel>\n"
          + about
          + " — graded by a TA, not in this form; hand it in as your instructor says.</p>\n"
          + "</pl-question-panel>\n";
    }
    return about + "</p>\n" + box(rubric.expected(question, item), question, item) + "\n";
  }

  /**
   * The input for a value like {@code expected}: a grid of its shape, a text box for a word, a
   * number box for a number; each may be left empty (a blank is "missing", never 0).
   */
  private static String box(Value expected, Question question, ItemSpec item) {
    String named =
        " answers-name=\""
            + esc(AnswerNames.of(question, item))
            + "\" label=\""
            + esc(question.key(item))
            + " =\"";
    if (expected instanceof Value.Token) {
      return "<pl-string-input" + named + " allow-blank=\"true\"></pl-string-input>";
    }
    if (expected instanceof Value.Scalar) {
      return "<pl-number-input" + named + " allow-blank=\"true\"></pl-number-input>";
    }
    int rows = expected instanceof Value.Mat m ? m.value().rowCount() : 1;
    int columns =
        expected instanceof Value.Mat m
            ? m.value().columnCount()
            : ((Value.Vec) expected).value().size();
    return "<pl-matrix-component-input"
        + named
        + " rows=\""
        + rows
        + "\" columns=\""
        + columns
        + "\" allow-fractions=\"true\" allow-blank=\"true\"></pl-matrix-component-input>";
  }

  private static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '{', '}' -> out.append("&#").append((int) c).append(';');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
