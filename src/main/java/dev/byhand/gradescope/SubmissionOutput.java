package dev.byhand.gradescope;

import dev.byhand.exact.Rational;
import dev.byhand.grading.ItemResult;
import dev.byhand.grading.StudentResult;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricItem;
import dev.byhand.rubric.Visibility;
import java.util.List;

/**
 * The top-level {@code output} Gradescope shows above the tests: which file was graded, what was
 * wrong with the file as a whole, and which points a TA grades on Gradescope.
 */
final class SubmissionOutput {
  private final Rubric rubric;
  private final OutputFormat format;

  SubmissionOutput(Rubric rubric, OutputFormat format) {
    this.rubric = rubric;
    this.format = format;
  }

  String of(StudentResult result, List<String> uploaded) {
    StringBuilder out = new StringBuilder();
    boolean graded = result.fileProblems().isEmpty() || uploaded.contains(result.sourceFile());
    if (uploaded.contains(result.sourceFile())) {
      out.append(
          format.paragraph(format.labelled("Graded file:", format.text(result.sourceFile()))));
      List<String> others = uploaded.stream().filter(f -> !f.equals(result.sourceFile())).toList();
      if (!others.isEmpty()) {
        out.append(
            format.paragraph(
                format.text(
                    "Also uploaded and not graded: "
                        + String.join(", ", others)
                        + ". byhand grades one answers file, the one named answers.csv or answers.json.")));
      }
    }
    if (!result.fileProblems().isEmpty()) {
      out.append(
          format.paragraph(format.labelled(graded ? "Problems in your file:" : "Not graded:", "")));
      out.append(format.list(result.fileProblems().stream().map(format::text).toList()));
    }
    out.append(format.paragraph(format.text(scoreLine(result))));
    manualNote().ifPresent(note -> out.append(format.paragraph(format.text(note))));
    return out.toString().strip();
  }

  /** Counts only visible questions: the always-shown summary must not leak hidden results. */
  private String scoreLine(StudentResult result) {
    Rational earned = Rational.ZERO;
    Rational possible = Rational.ZERO;
    long right = 0;
    long count = 0;
    long withheld = 0;
    for (ItemResult item : result.items()) {
      if (item.item().manual()) {
        continue;
      }
      if (item.question().visibility() != Visibility.VISIBLE) {
        withheld++;
        continue;
      }
      earned = earned.add(item.points());
      possible = possible.add(item.maxPoints());
      count++;
      right += item.points().equals(item.maxPoints()) ? 1 : 0;
    }
    String shown =
        count == 0
            ? ""
            : "byhand autograded "
                + count
                + " answers: "
                + right
                + " fully right, "
                + ResultsBuilder.decimal(earned).toPlainString()
                + " of "
                + ResultsBuilder.decimal(possible).toPlainString()
                + " points.";
    String hidden =
        withheld == 0
            ? ""
            : (shown.isEmpty() ? "" : " ")
                + withheld
                + (withheld == 1 ? " answer is" : " answers are")
                + " graded but shown only when your instructor releases them.";
    return shown + hidden;
  }

  private java.util.Optional<String> manualNote() {
    List<String> manual =
        rubric.items().stream()
            .filter(RubricItem::manual)
            .map(
                i ->
                    i.key()
                        + " ("
                        + ResultsBuilder.decimal(i.spec().points()).toPlainString()
                        + " points)")
            .toList();
    if (manual.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        String.join(", ", manual)
            + (manual.size() == 1 ? " is" : " are")
            + " graded by a TA on Gradescope and not part of this score.");
  }
}
