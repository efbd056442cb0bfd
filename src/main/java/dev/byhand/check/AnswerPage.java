package dev.byhand.check;

import static java.util.Objects.requireNonNull;

import dev.byhand.io.Resources;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;

/**
 * The self-check page: one HTML file with a field per rubric item (its hint from {@link Hints}),
 * the rubric's own JSON and byhand's reader and judges compiled to JavaScript (the {@code page}
 * package, built by TeaVM), so it says what {@code check} says without Java or a network.
 * Immutable.
 */
public final class AnswerPage {
  static final String SKELETON = "/byhand/page/answer-page.html";
  static final String ENGINE = "/dev/byhand/page/engine.js";

  private final Rubric rubric;
  private final String rubricJson;
  private final Hints hints;

  /** {@code rubricJson}: the text {@code rubric} was loaded from, which the page loads again. */
  public AnswerPage(Rubric rubric, String rubricJson) {
    this.rubric = requireNonNull(rubric, "rubric");
    this.rubricJson = requireNonNull(rubricJson, "rubricJson");
    this.hints = new Hints(rubric);
  }

  /** The page's HTML; {@code checkCommand} is the jar's line for the same check. */
  public String render(String checkCommand) {
    String engine = Resources.text(ENGINE);
    if (engine.contains("</script")) {
      throw new IllegalStateException(
          "the compiled engine contains </script and cannot be inlined");
    }
    return Resources.text(SKELETON)
        .replace("<!--TITLE-->", escape(rubric.title()))
        .replace("<!--CHECK-COMMAND-->", escape(checkCommand))
        .replace("<!--QUESTIONS-->", questions())
        // In JSON, < appears only inside strings, where \u003c means the same: no </script> ends it
        // early.
        .replace("/*RUBRIC*/", rubricJson.replace("<", "\\u003c"))
        .replace("/*ENGINE*/", engine);
  }

  private String questions() {
    StringBuilder html = new StringBuilder();
    int field = 0;
    for (Question question : rubric.questions()) {
      html.append("<section class=\"question\" aria-labelledby=\"q-")
          .append(escape(question.id()))
          .append("\">\n")
          .append("<h2 id=\"q-")
          .append(escape(question.id()))
          .append("\">")
          .append(escape(question.id()))
          .append("</h2>\n")
          .append("<p class=\"text\">")
          .append(escape(question.text()))
          .append("</p>\n");
      for (ItemSpec item : question.items()) {
        html.append(item(question, item, ++field));
      }
      html.append("</section>\n");
    }
    return html.toString();
  }

  private String item(Question question, ItemSpec item, int field) {
    String key = escape(question.key(item));
    String hint = escape(hints.of(question, item));
    String state = item.manual() ? "manual" : "missing";
    StringBuilder html =
        new StringBuilder("<div class=\"item\" data-key=\"")
            .append(key)
            .append("\" data-state=\"")
            .append(state)
            .append("\">\n");
    if (item.manual()) {
      html.append("<span class=\"key\">").append(key).append("</span>\n");
    } else {
      html.append("<label class=\"key\" for=\"f")
          .append(field)
          .append("\">")
          .append(key)
          .append("</label>\n")
          .append("<input type=\"text\" id=\"f")
          .append(field)
          .append("\" name=\"")
          .append(key)
          .append("\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"h")
          .append(field)
          .append(" s")
          .append(field)
          .append("\">\n");
    }
    return html.append("<p class=\"hint\" id=\"h")
        .append(field)
        .append("\">")
        .append(hint)
        .append("</p>\n")
        .append("<p class=\"state\" id=\"s")
        .append(field)
        .append("\"><strong class=\"label\">")
        .append(item.manual() ? "by a TA" : "missing")
        .append("</strong> <span class=\"detail\"></span></p>\n")
        .append("</div>\n")
        .toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
