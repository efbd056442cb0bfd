package dev.byhand.report;

import dev.byhand.exact.Matrix;
import dev.byhand.network.Equation;
import dev.byhand.network.Expr;
import dev.byhand.network.Sequence;
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

  /** How an answer key says whose it is, in every format. */
  static final String TA_ONLY = "Answer key: for TAs only. Do not hand out.";

  private Handout() {}

  /**
   * @param answers the TA's answer key (every asked item's value) instead of the exercise
   */
  public static String render(Rubric rubric, Format format, boolean answers) {
    Writer out =
        switch (format) {
          case HTML -> new HandoutHtml();
          case MD -> new MarkdownWriter();
          case TEX -> new TexWriter();
        };
    return render(rubric, out, answers, true);
  }

  /**
   * The exercise without its questions, as HTML to embed in another page (a PrairieLearn question,
   * whose inputs ask the questions): the network, vocabulary, values and sentence, with the math's
   * style and no page style.
   */
  public static String exerciseFragment(Rubric rubric) {
    return render(rubric, new HandoutHtml(true), false, false);
  }

  private static String render(Rubric rubric, Writer out, boolean answers, boolean questions) {
    out.begin(rubric.title() + (answers ? " — answer key" : ""), answers);
    rubric
        .variant()
        .ifPresent(
            v -> out.paragraph("Your own numbers: variant " + v.id() + " for " + v.key() + "."));
    out.heading("The network");
    List<Equation> equations = rubric.network().rules();
    for (Equation equation : equations) {
      if (equation.expression() instanceof Expr.Table table) {
        table.ruleTexts().forEach(out::equation);
      } else {
        out.equation(equation.text());
      }
    }
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
    new TreeMap<>(rubric.network().values())
        .forEach((name, value) -> out.value(name, value, ValueRows.of(value)));
    tables(out, equations);
    if (!rubric.sentence().isEmpty()) {
      out.heading("Sentence");
      out.paragraph(
          rubric.sentence().stream()
              .map(rubric.vocabulary()::word)
              .collect(Collectors.joining(" ")));
    }
    if (questions) {
      out.heading(answers ? "Answers" : "Questions");
      for (Question question : rubric.questions()) {
        question(out, rubric, question, answers);
      }
    }
    return out.end();
  }

  /**
   * Each table's sequences, and the table to fill, its rows and columns headed by their symbols.
   */
  private static void tables(Writer out, List<Equation> equations) {
    for (Equation equation : equations) {
      if (equation.expression() instanceof Expr.Table table) {
        out.heading("Sequences");
        out.paragraph(sequence(table.rows(), "i") + "; " + sequence(table.columns(), "j") + ".");
        List<List<String>> rows = new java.util.ArrayList<>();
        List<String> header = new java.util.ArrayList<>(List.of("", ""));
        header.addAll(table.columns().symbols());
        rows.add(header);
        for (int i = 0; i <= table.rows().length(); i++) {
          List<String> row = new java.util.ArrayList<>();
          row.add(i == 0 ? "" : table.rows().at(i));
          row.addAll(java.util.Collections.nCopies(table.columns().length() + 1, ""));
          rows.add(row);
        }
        out.value(table.name(), new Value.Mat(Matrix.of(new long[] {0})), rows);
      }
    }
  }

  private static String sequence(Sequence sequence, String index) {
    return sequence.name()
        + " = "
        + String.join(" ", sequence.symbols())
        + " ("
        + sequence.name()
        + "_1 to "
        + sequence.name()
        + "_"
        + sequence.length()
        + ", "
        + index
        + " = 1 to "
        + sequence.length()
        + ")";
  }

  private static void question(Writer out, Rubric rubric, Question question, boolean answers) {
    String context =
        question.position() > 0
            ? " (step "
                + question.position()
                + (rubric.hasSentence() ? ", reading " + rubric.word(question.position()) : "")
                + ")"
            : "";
    out.beginQuestion(question.id() + context + ": " + question.text());
    for (ItemSpec item : question.items()) {
      if (answers && !item.manual()) {
        answer(out, rubric, question, item);
      } else {
        out.item(
            question.key(item)
                + " — "
                + question.label(item)
                + " ("
                + Numbers.points(item.points())
                + (item.points().equals(dev.byhand.exact.Rational.ONE) ? " point)" : " points)"));
      }
    }
    out.endQuestion();
  }

  /** An item's value; an inexact one rounded to its tolerance's precision, with the tolerance. */
  private static void answer(Writer out, Rubric rubric, Question question, ItemSpec item) {
    Value value = rubric.expected(question, item);
    if (value instanceof Value.Token token) {
      out.paragraph(
          question.key(item)
              + " = "
              + token.ids().stream()
                  .map(rubric.vocabulary()::word)
                  .collect(Collectors.joining(" or ")));
      return;
    }
    if (item.accuracy().isEmpty()) {
      out.value(question.key(item), value, ValueRows.of(value));
      return;
    }
    ItemSpec.Tolerance tolerance = item.accuracy().get();
    out.value(question.key(item), value, ValueRows.rounded(value, tolerance.places()));
    out.item(
        "rounded to "
            + tolerance.places()
            + " decimals; an answer within "
            + tolerance.value().toDecimal(40).toPlainString()
            + " of every entry is right");
  }

  /** One format's markup. */
  abstract static class Writer {
    final StringBuilder text = new StringBuilder();

    /**
     * @param answers whether this is a TA's answer key, which must not pass for the students' sheet
     */
    abstract void begin(String title, boolean answers);

    abstract void heading(String heading);

    abstract void paragraph(String paragraph);

    /** A question: its text, then its items or answers, then {@link #endQuestion}. */
    void beginQuestion(String question) {
      paragraph(question);
    }

    void endQuestion() {}

    abstract void item(String item);

    abstract void equation(String equation);

    /**
     * @param rows the value's entries as shown, by row
     */
    abstract void value(String name, Value value, List<List<String>> rows);

    abstract String end();
  }

  private static final class MarkdownWriter extends Writer {
    @Override
    void begin(String title, boolean answers) {
      text.append("# ").append(title).append("\n\n");
      if (answers) {
        text.append("> **").append(TA_ONLY).append("**\n\n");
      }
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
    void value(String name, Value value, List<List<String>> rows) {
      if (value instanceof Value.Scalar) {
        text.append(name).append(" = ").append(rows.get(0).get(0)).append("\n\n");
        return;
      }
      text.append(name).append(" =\n\n");
      rows.forEach(row -> text.append("    [").append(String.join(", ", row)).append("]\n"));
      text.append('\n');
    }

    @Override
    String end() {
      return text.toString();
    }
  }

  private static final class TexWriter extends Writer {
    @Override
    void begin(String title, boolean answers) {
      text.append("\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amsmath}\n")
          // amsmath's matrices stop at 10 columns unless told otherwise.
          .append("\\setcounter{MaxMatrixCols}{100}\n")
          .append("\\begin{document}\n\\section*{")
          .append(EquationMarkup.tex(title))
          .append("}\n\n");
      if (answers) {
        text.append("\\fbox{\\textbf{").append(EquationMarkup.tex(TA_ONLY)).append("}}\n\n");
      }
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
    void value(String name, Value value, List<List<String>> rows) {
      // An answer's key (q1.hidden) is a label, not a product of variables.
      text.append("\\[ ")
          .append(
              name.contains(".")
                  ? "\\texttt{" + EquationMarkup.tex(name) + "}"
                  : EquationMarkup.latex(name))
          .append(" = ");
      if (value instanceof Value.Scalar) {
        text.append(rows.get(0).get(0)).append(" \\]\n");
        return;
      }
      text.append("\\begin{bmatrix} ")
          .append(
              rows.stream()
                  .map(row -> String.join(" & ", row))
                  .collect(Collectors.joining(" \\\\ ")))
          .append(" \\end{bmatrix} \\]\n");
    }

    @Override
    String end() {
      return text.append("\\end{document}\n").toString();
    }
  }
}
