package dev.byhand.report;

import dev.byhand.network.Equation;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The exercise as students read it, with one student's numbers when the rubric has variants: title,
 * equations, vocabulary, every value as a matrix, the sentence and the questions; or, for TAs, the
 * answer key. HTML (self-contained, MathML, printable), Markdown or LaTeX. Stateless.
 */
public final class Handout {
  /** The output formats. */
  public enum Format {
    HTML,
    MD,
    TEX
  }

  private Handout() {}

  /**
   * @param answers the TA's answer key (every asked item's value) instead of the exercise
   */
  public static String render(Rubric rubric, Format format, boolean answers) {
    Writer out =
        switch (format) {
          case HTML -> new HtmlWriter();
          case MD -> new MarkdownWriter();
          case TEX -> new TexWriter();
        };
    out.begin(rubric.title() + (answers ? " — answer key" : ""));
    rubric
        .variant()
        .ifPresent(
            v -> out.paragraph("Your own numbers: variant " + v.id() + " for " + v.key() + "."));
    out.heading("The network");
    List<Equation> equations = rubric.network().equations();
    equations.forEach(e -> out.equation(e.text()));
    if (rubric.vocabulary().size() > 0) {
      out.heading("Vocabulary");
      out.paragraph(
          String.join(
              ", ",
              rubric.vocabulary().words().stream()
                  .map(w -> w + " = " + rubric.vocabulary().id(w).getAsInt())
                  .toList()));
    }
    out.heading("Values");
    new TreeMap<>(rubric.network().values()).forEach(out::value);
    if (!rubric.sentence().isEmpty()) {
      out.heading("Sentence");
      out.paragraph(
          rubric.sentence().stream()
              .map(rubric.vocabulary()::word)
              .collect(Collectors.joining(" ")));
    }
    out.heading(answers ? "Answers" : "Questions");
    for (Question question : rubric.questions()) {
      String context =
          question.position() > 0
              ? " (step "
                  + question.position()
                  + ", reading "
                  + rubric.word(question.position())
                  + ")"
              : "";
      out.paragraph(question.id() + context + ": " + question.text());
      for (ItemSpec item : question.items()) {
        if (answers && !item.manual()) {
          Value value = rubric.expected(question, item);
          if (value instanceof Value.Token token) {
            out.paragraph(
                question.key(item)
                    + " = "
                    + token.ids().stream()
                        .map(
                            id ->
                                rubric.vocabulary().size() > 0
                                    ? rubric.vocabulary().word(id)
                                    : String.valueOf(id))
                        .collect(Collectors.joining(" or ")));
          } else {
            out.value(question.key(item), value);
          }
        } else {
          out.item(
              question.key(item)
                  + " — "
                  + question.label(item)
                  + " ("
                  + Numbers.points(item.points())
                  + (item.points().equals(dev.byhand.rnn.Rational.ONE) ? " point)" : " points)"));
        }
      }
    }
    return out.end();
  }

  /** One format's markup. */
  private abstract static class Writer {
    final StringBuilder text = new StringBuilder();

    abstract void begin(String title);

    abstract void heading(String heading);

    abstract void paragraph(String paragraph);

    abstract void item(String item);

    abstract void equation(String equation);

    abstract void value(String name, Value value);

    abstract String end();
  }

  private static final class HtmlWriter extends Writer {
    @Override
    void begin(String title) {
      text.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
          .append(esc(title))
          .append("</title>\n<style>\n")
          .append(
              "body{font:16px/1.5 Georgia,serif;max-width:48em;margin:2em auto;padding:0 1em;color:#000}\n")
          .append("math[display=block]{margin:.6em 0}\nh2{break-after:avoid}\n")
          .append(".value{display:inline-block;margin:0 2em 1em 0;break-inside:avoid}\n")
          .append("@media print{body{margin:0;max-width:none}}\n</style>\n</head>\n<body>\n<h1>")
          .append(esc(title))
          .append("</h1>\n");
    }

    @Override
    void heading(String heading) {
      text.append("<h2>").append(esc(heading)).append("</h2>\n");
    }

    @Override
    void paragraph(String paragraph) {
      text.append("<p>").append(esc(paragraph)).append("</p>\n");
    }

    @Override
    void item(String item) {
      text.append("<p style=\"margin-left:2em\">").append(esc(item)).append("</p>\n");
    }

    @Override
    void equation(String equation) {
      text.append(EquationMarkup.mathMl(equation)).append('\n');
    }

    @Override
    void value(String name, Value value) {
      text.append("<div class=\"value\"><math display=\"block\"><mi>")
          .append(esc(name))
          .append("</mi><mo>=</mo><mrow><mo>[</mo><mtable>");
      for (List<String> row : ValueRows.of(value)) {
        text.append("<mtr>");
        row.forEach(entry -> text.append("<mtd><mn>").append(esc(entry)).append("</mn></mtd>"));
        text.append("</mtr>");
      }
      text.append("</mtable><mo>]</mo></mrow></math></div>\n");
    }

    @Override
    String end() {
      return text.append("</body>\n</html>\n").toString();
    }

    private static String esc(String text) {
      return EquationMarkup.Html.escape(text);
    }
  }

  private static final class MarkdownWriter extends Writer {
    @Override
    void begin(String title) {
      text.append("# ").append(title).append("\n\n");
    }

    @Override
    void heading(String heading) {
      text.append("## ").append(heading).append("\n\n");
    }

    @Override
    void paragraph(String paragraph) {
      text.append(paragraph).append("\n\n");
    }

    @Override
    void item(String item) {
      text.append("- ").append(item).append("\n\n");
    }

    @Override
    void equation(String equation) {
      text.append("    ").append(equation).append("\n\n");
    }

    @Override
    void value(String name, Value value) {
      text.append(name).append(" =\n\n");
      ValueRows.of(value)
          .forEach(row -> text.append("    [").append(String.join(", ", row)).append("]\n"));
      text.append('\n');
    }

    @Override
    String end() {
      return text.toString();
    }
  }

  private static final class TexWriter extends Writer {
    @Override
    void begin(String title) {
      text.append("\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amsmath}\n")
          .append("\\begin{document}\n\\section*{")
          .append(EquationMarkup.tex(title))
          .append("}\n\n");
    }

    @Override
    void heading(String heading) {
      text.append("\\subsection*{").append(EquationMarkup.tex(heading)).append("}\n\n");
    }

    @Override
    void paragraph(String paragraph) {
      text.append(EquationMarkup.tex(paragraph)).append("\n\n");
    }

    @Override
    void item(String item) {
      text.append("\\quad ").append(EquationMarkup.tex(item)).append("\n\n");
    }

    @Override
    void equation(String equation) {
      text.append("\\[ ").append(EquationMarkup.latex(equation)).append(" \\]\n");
    }

    @Override
    void value(String name, Value value) {
      text.append("\\[ ").append(EquationMarkup.latex(name)).append(" = \\begin{bmatrix} ");
      text.append(
          ValueRows.of(value).stream()
              .map(row -> String.join(" & ", row))
              .collect(Collectors.joining(" \\\\ ")));
      text.append(" \\end{bmatrix} \\]\n");
    }

    @Override
    String end() {
      return text.append("\\end{document}\n").toString();
    }
  }
}
