package dev.byhand.gradescope;

import dev.byhand.exact.Rational;
import dev.byhand.grading.ItemResult;
import dev.byhand.grading.ItemText;
import dev.byhand.grading.StudentResult;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.Visibility;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns one graded submission into Gradescope results: one test per computed answer item. Items of
 * manual questions (the diagram) are left out: Gradescope grades them as manual questions, so they
 * are neither in the autograder's score nor in its maximum. Stateless.
 */
final class ResultsBuilder {
  /**
   * Points are exact; Gradescope takes decimals, so non-integers are rounded to this many places.
   */
  static final int DECIMALS = 4;

  private final Rubric rubric;
  private final OutputFormat format;
  private final ItemText text;

  ResultsBuilder(Rubric rubric, OutputFormat format) {
    this.rubric = rubric;
    this.format = format;
    this.text = ItemText.of(rubric);
  }

  /**
   * @param uploaded the answer-like files the student uploaded, as shown to them
   * @param extraData facts for instructors, stored by Gradescope
   */
  GradescopeResults build(
      StudentResult result, List<String> uploaded, long seconds, Map<String, String> extraData) {
    List<GradescopeTest> tests = new ArrayList<>();
    Rational score = Rational.ZERO;
    for (ItemResult item : result.items()) {
      if (!item.item().manual()) {
        tests.add(test(item));
        score = score.add(item.points());
      }
    }
    return new GradescopeResults(
        decimal(score),
        seconds,
        new SubmissionOutput(rubric, format).of(result, uploaded),
        format,
        tests,
        extraData);
  }

  private GradescopeTest test(ItemResult item) {
    return new GradescopeTest(
        item.key() + " — " + item.question().label(item.item()),
        number(item),
        decimal(item.points()),
        decimal(item.maxPoints()),
        output(item),
        item.diagnosis().map(d -> List.of(d.id())).orElse(List.of()),
        item.question().visibility());
  }

  /**
   * {@code 1.2}: the question's number (its id without the {@code q}) and the item's position in
   * it.
   */
  static String number(ItemResult item) {
    Question question = item.question();
    String questionNumber =
        question.id().startsWith("q") ? question.id().substring(1) : question.id();
    List<ItemSpec> items = question.items();
    return questionNumber + "." + (items.indexOf(item.item()) + 1);
  }

  /**
   * The feedback, what byhand read (the student's own answer), and the reference only when the
   * question is {@code visible}: other questions keep reference values back, as in the HTML report.
   */
  private String output(ItemResult item) {
    StringBuilder out = new StringBuilder();
    String label = item.status().label();
    // "Correct." needs no "Correct." before it; other feedback starts with the verdict in bold.
    out.append(
        format.paragraph(
            item.feedback().startsWith(label)
                ? format.text(item.feedback())
                : format.labelled(label + ".", format.text(item.feedback()))));
    String given = text.given(item);
    if (!given.isEmpty()) {
      out.append(format.paragraph(format.labelled("Your answer:", format.text(given))));
    }
    String expected = item.question().visibility() == Visibility.VISIBLE ? text.expected(item) : "";
    if (!expected.isEmpty()) {
      out.append(format.paragraph(format.labelled("Expected:", format.text(expected))));
    }
    return out.toString().strip();
  }

  static BigDecimal decimal(Rational value) {
    return value.isInteger() ? new BigDecimal(value.numerator()) : value.toDecimal(DECIMALS);
  }
}
