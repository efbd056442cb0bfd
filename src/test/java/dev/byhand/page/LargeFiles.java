package dev.byhand.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Large and pathological write-ups, deterministic, for the reading-cost budget of issue 23
 * (deliverable 9): long runs of {@code &}, nested {@code \begin{bmatrix}}, nested parentheses, a
 * one-line LaTeX paragraph, and a long write-up of many lines, each at the size the issue names and
 * again just under the reader's size limit (1 MiB). Every file also holds the handout's right
 * answers, so a reader that gives up on the junk still has answers to find. Used by the browser
 * suite ({@code LargeFilesPageIT}) and, compiled on its own (no dependencies), by {@code
 * bench/large-files.sh}: {@code java LargeFiles.java FOLDER} writes them all there.
 */
public final class LargeFiles {
  /** Just under the reader's limit of 1 MiB, so every file is read, none refused for its size. */
  public static final int NEAR_LIMIT = 1024 * 1024 - 4096;

  private static final String ANSWERS_LATEX =
      "\\section*{Question 1}\n"
          + "\\[ h_1 = \\begin{bmatrix} 5 & 4 & 0 \\end{bmatrix} \\]\n"
          + "\\[ y_1 = \\begin{bmatrix} 21 & 8 & 9 & 20 & 13 & 12 \\end{bmatrix} \\]\n"
          + "\\section*{Question 2}\n"
          + "Predicted token: \\text{BOS}\n";

  private static final String ANSWERS_TEXT =
      "q1.hidden = [5, 4, 0]\n" + "q1.logits = [21, 8, 9, 20, 13, 12]\n" + "q2.prediction = BOS\n";

  private LargeFiles() {}

  /** One generated file: its name and its content. */
  public record File(String name, String text) {
    public Path writeTo(Path folder) throws IOException {
      return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
  }

  /** Every file: each kind at the size and just under the size limit. */
  public static List<File> all() {
    List<File> files = new ArrayList<>();
    files.add(ampersands(400 * 1024));
    files.add(ampersands(NEAR_LIMIT));
    files.add(nestedMatrices(400 * 1024));
    files.add(nestedMatrices(NEAR_LIMIT));
    files.add(parentheses(400 * 1024));
    files.add(parentheses(NEAR_LIMIT));
    files.add(latexParagraph(60 * 1024));
    files.add(latexParagraph(NEAR_LIMIT));
    files.add(writeup(120 * 1024));
    files.add(writeup(NEAR_LIMIT));
    return files;
  }

  /**
   * The answers, then one matrix whose rows are long runs of {@code &} (empty cells), on a few
   * lines of about 64 KB, then an unclosed row of {@code &} to the end of the file.
   */
  public static File ampersands(int bytes) {
    StringBuilder text = new StringBuilder(bytes);
    text.append(ANSWERS_LATEX).append("\\[ M = \\begin{bmatrix}\n");
    String row = "1 " + "&".repeat(64 * 1024) + " 2 \\\\\n";
    while (text.length() + row.length() + 64 < bytes / 2) {
      text.append(row);
    }
    text.append("\\end{bmatrix} \\]\n");
    text.append("q1.hidden = \\begin{bmatrix} 5 ");
    fill(text, bytes - 1, "& ");
    return new File("ampersands-" + kib(bytes) + ".tex", text.append('\n').toString());
  }

  /**
   * The answers, then {@code \begin{bmatrix}} nested as deep as the file allows on one line, each
   * level with a cell, closed again; then opened again and again, forty times a line, never closed.
   */
  public static File nestedMatrices(int bytes) {
    StringBuilder text = new StringBuilder(bytes);
    text.append(ANSWERS_LATEX);
    String open = "\\begin{bmatrix} 1 & ";
    String close = " \\end{bmatrix}";
    int depth = (bytes / 2 - text.length()) / (open.length() + close.length());
    text.append("\\[ h_1 = ")
        .append(open.repeat(depth))
        .append('5')
        .append(close.repeat(depth))
        .append(" \\]\n");
    fill(text, bytes, "\\begin{bmatrix} 5 \\\\ ".repeat(40) + "\n");
    return new File("nested-bmatrix-" + kib(bytes) + ".tex", text.toString());
  }

  /**
   * The answers, then a key whose value is wrapped in parentheses as deep as half the file allows,
   * then a line of opening parentheses to the end of the file, never closed.
   */
  public static File parentheses(int bytes) {
    StringBuilder text = new StringBuilder(bytes);
    text.append(ANSWERS_TEXT);
    int depth = (bytes / 2 - text.length()) / 2;
    text.append("q3.hidden = ")
        .append("(".repeat(depth))
        .append("57, 8, 36")
        .append(")".repeat(depth))
        .append('\n');
    text.append("q3.logits = ");
    fill(text, bytes - 1, "(");
    return new File("parentheses-" + kib(bytes) + ".txt", text.append('\n').toString());
  }

  /**
   * A LaTeX paragraph on one line: sentences that name the items, their notation and their values
   * in inline math, over and over, as a student who never presses Enter writes.
   */
  public static File latexParagraph(int bytes) {
    StringBuilder text = new StringBuilder(bytes);
    text.append("\\section*{Question 1} ");
    String[] sentences = {
      "After reading \\text{BOS} the hidden state is $h_1 = \\begin{bmatrix} 5 & 4 & 0"
          + " \\end{bmatrix}$ and the logits are $y_1 = (21, 8, 9, 20, 13, 12)$, so the next token"
          + " is \\text{BOS}. ",
      "Then reading the, $h^1_0 = \\mathrm{relu}(U x + W h_0) = [5, 4, 0]^T$; q1.hidden is"
          + " that, q1.logits = $V^T h_1$, and the prediction is the arg max. ",
      "Question 3: $h_2 = \\left(\\begin{bmatrix} 57 \\\\ 8 \\\\ 36 \\end{bmatrix}\\right)$,"
          + " logits $(89, -92, 29, 184, 181, -12)$, next token: is. "
    };
    for (int i = 0; text.length() < bytes - 200; i++) {
      text.append(sentences[i % sentences.length]);
    }
    return new File("latex-paragraph-" + kib(bytes) + ".tex", text.append('\n').toString());
  }

  /**
   * A long write-up of many short lines: headings, working, notation, answers, and the same again
   * (a student who pasted their whole notebook, with the working of every step).
   */
  public static File writeup(int bytes) {
    StringBuilder text = new StringBuilder(bytes);
    String block =
        "## Question 1\n"
            + "Reading BOS: x = E[BOS] = [1, 0, 1, 0]\n"
            + "U^T x = [5, 4, -1], W^T h0 = [0, 0, 0]\n"
            + "h1 = relu([5, 4, -1]) = [5, 4, 0]\n"
            + "q1.hidden = [5, 4, 0]\n"
            + "logits (V^T h1): 21, 8, 9, 20, 13, 12 (largest is 21)\n"
            + "q1.logits: 21, 8, 9, 20, 13, 12\n"
            + "## Question 2\n"
            + "The model's prediction for the next token is the arg max of the logits, i.e.\n"
            + "prediction = BOS\n"
            + "## Question 3\n"
            + "h_2 = [ 57 ]\n"
            + "      [  8 ]\n"
            + "      [ 36 ]\n"
            + "y2 = (89, -92, 29, 184, 181, -12)\n"
            + "next token after the: is\n\n";
    while (text.length() + block.length() <= bytes) {
      text.append(block);
    }
    return new File("writeup-" + kib(bytes) + ".md", text.toString());
  }

  private static void fill(StringBuilder text, int bytes, String unit) {
    while (text.length() + unit.length() <= bytes) {
      text.append(unit);
    }
  }

  private static String kib(int bytes) {
    return (bytes + 1023) / 1024 + "k";
  }

  /** Writes every file into the folder given as the one argument, and prints their paths. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java LargeFiles.java FOLDER");
      System.exit(2);
    }
    Path folder = Files.createDirectories(Path.of(args[0]));
    for (File file : all()) {
      System.out.println(file.writeTo(folder));
    }
  }
}
