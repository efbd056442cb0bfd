package dev.byhand.report;

import dev.byhand.io.Resources;
import dev.byhand.network.Value;
import java.util.List;

/**
 * The handout as one self-contained HTML page: its style inline, equations and values in MathML
 * Core (which Chromium 109+, Firefox and Safari lay out without scripts), no fonts, scripts or
 * links to fetch. It prints on A4 and Letter: no question or matrix is split across pages, and an
 * answer key says on every printed page that it is the TAs'.
 */
final class HandoutHtml extends Handout.Writer {
  /** The math's style, shared by the page and the fragment another page embeds. */
  static final String MATH_STYLE = Resources.text("/byhand/handout/math.css");

  private static final String STYLE =
      Resources.text("/byhand/handout/handout.css")
          + MATH_STYLE
          + Resources.text("/byhand/handout/handout-print.css");

  private final boolean fragment;
  private boolean inValues;

  /** The whole page. */
  HandoutHtml() {
    this(false);
  }

  /**
   * @param fragment whether to write a fragment for another page's body (a PrairieLearn question):
   *     the math's style and the content, no head, title or page style
   */
  HandoutHtml(boolean fragment) {
    this.fragment = fragment;
  }

  @Override
  void begin(String title, boolean answers) {
    if (fragment) {
      text.append("<div class=\"byhand-handout\">\n<style>\n")
          .append(MATH_STYLE)
          .append("</style>\n");
      return;
    }
    text.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append(STYLE);
    if (answers) {
      // A page margin box: printed at the top of every page, outside the text.
      text.append("@page { @top-right { content: \"")
          .append(Handout.TA_ONLY)
          .append("\"; font: bold 9pt sans-serif; } }\n");
    }
    text.append("</style>\n</head>\n<body")
        .append(answers ? " class=\"answers\"" : "")
        .append(">\n<h1>")
        .append(esc(title))
        .append("</h1>\n");
    if (answers) {
      text.append("<p class=\"ta-only\">").append(esc(Handout.TA_ONLY)).append("</p>\n");
    }
  }

  @Override
  void heading(String heading) {
    closeValues();
    text.append("<h2>").append(esc(heading)).append("</h2>\n");
  }

  @Override
  void paragraph(String paragraph) {
    closeValues();
    text.append("<p>").append(esc(paragraph)).append("</p>\n");
  }

  @Override
  void beginQuestion(String question) {
    closeValues();
    text.append("<section class=\"question\">\n<p>").append(esc(question)).append("</p>\n");
  }

  @Override
  void endQuestion() {
    closeValues();
    text.append("</section>\n");
  }

  @Override
  void item(String item) {
    closeValues();
    text.append("<p class=\"item\">").append(esc(item)).append("</p>\n");
  }

  @Override
  void equation(String equation) {
    closeValues();
    text.append(EquationMarkup.mathMl(equation)).append('\n');
  }

  /** Values side by side while they fit the line, each unbreakable; a number without brackets. */
  @Override
  void value(String name, Value value, List<List<String>> rows) {
    if (!inValues) {
      text.append("<div class=\"values\">\n");
      inValues = true;
    }
    text.append("<div class=\"value\"><math display=\"block\">")
        .append(EquationMarkup.mathMlName(name))
        .append("<mo>=</mo>");
    if (value instanceof Value.Scalar) {
      text.append("<mn>").append(esc(rows.get(0).get(0))).append("</mn>");
    } else {
      text.append("<mtable class=\"matrix\">");
      for (List<String> row : rows) {
        text.append("<mtr>");
        row.forEach(entry -> text.append("<mtd><mn>").append(esc(entry)).append("</mn></mtd>"));
        text.append("</mtr>");
      }
      text.append("</mtable>");
    }
    text.append("</math></div>\n");
  }

  @Override
  String end() {
    closeValues();
    return text.append(fragment ? "</div>\n" : "</body>\n</html>\n").toString();
  }

  private void closeValues() {
    if (inValues) {
      text.append("</div>\n");
      inValues = false;
    }
  }

  private static String esc(String text) {
    return EquationMarkup.Html.escape(text);
  }
}
