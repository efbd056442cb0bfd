package dev.byhand.report;

import dev.byhand.report.StudentReportView.ItemView;
import dev.byhand.report.StudentReportView.QuestionView;
import java.util.List;

/** Views the way grading will build them for the handout's questions. */
final class ReportFixtures {
  static final String ASSIGNMENT = "Understanding RNNs: RNN by hand";

  private ReportFixtures() {}

  /** alice.csv: q1 hidden right, q1 logits wrong, q3 hidden missing, q3 logits unreadable. */
  static StudentReportView alice() {
    return new StudentReportView(
        "alice — " + ASSIGNMENT,
        ASSIGNMENT,
        "alice",
        "alice.csv",
        "4",
        "10",
        "40%",
        "2 points are graded by a TA (q0) and not included yet.",
        List.of(
            "alice.csv line 9: skipped the row \"q4.hidden\"; the rubric has no question q4."
                + " Check the key or delete the row."),
        List.of(q0Diagram(), q1(), q2(), q3()),
        trace());
  }

  /** alice's trace: h1 right, logits 1 with entries 2 and 4 wrong. */
  static TraceView trace() {
    return new TraceView(
        "Your trace first differs from the reference at step 1, logits 1 entry 2.",
        List.of(
            new TraceView.Row(
                "h1", "q1.hidden", "correct", entries("5", "4", "0"), entries("5", "4", "0"), ""),
            new TraceView.Row(
                "logits 1",
                "q1.logits",
                "incorrect",
                List.of(
                    new TraceView.Entry("21", false),
                    new TraceView.Entry("6", true),
                    new TraceView.Entry("9", false),
                    new TraceView.Entry("2", true),
                    new TraceView.Entry("13", false),
                    new TraceView.Entry("12", false)),
                entries("21", "8", "9", "20", "13", "12"),
                "")));
  }

  private static List<TraceView.Entry> entries(String... values) {
    return java.util.Arrays.stream(values).map(v -> new TraceView.Entry(v, false)).toList();
  }

  static QuestionView q0Diagram() {
    return new QuestionView(
        "q0",
        "Give a diagram for the model (ignoring the weight values). Plot the nodes with their"
            + " connections, and label the figure with the weight matrix names.",
        "",
        "—",
        "2",
        List.of(
            new ItemView(
                "q0.diagram",
                "model diagram",
                "",
                "",
                "manual",
                "Awaiting TA",
                "—",
                "2",
                "A TA grades the diagram by hand; its points are not in your score yet.",
                "")));
  }

  static QuestionView q1() {
    return new QuestionView(
        "q1",
        "What is the new hidden state and output after reading in BOS?",
        "step 1, reading \"BOS\"",
        "2",
        "4",
        List.of(
            item(
                "q1.hidden",
                "hidden state h1",
                "[5, 4, 0]",
                "[5, 4, 0]",
                "correct",
                "2",
                "2",
                "Correct."),
            item(
                "q1.logits",
                "logits after step 1",
                "[21, 6, 9, 2, 13, 12]",
                "[21, 8, 9, 20, 13, 12]",
                "incorrect",
                "0",
                "2",
                "entries 2 and 4 differ: expected [21, 8, 9, 20, 13, 12]")));
  }

  static QuestionView q2() {
    return new QuestionView(
        "q2",
        "What is the model predicting as the next token?",
        "step 1, reading \"BOS\"",
        "1",
        "1",
        List.of(
            item(
                "q2.prediction",
                "predicted next token",
                "BOS",
                "BOS",
                "correct",
                "1",
                "1",
                "Correct.")));
  }

  static QuestionView q3() {
    return new QuestionView(
        "q3",
        "What is the new hidden state and output after reading in the? And what is the model's"
            + " favored next token?",
        "step 2, reading \"the\"",
        "1",
        "5",
        List.of(
            item(
                "q3.hidden",
                "hidden state h2",
                "",
                "[57, 8, 36]",
                "missing",
                "0",
                "2",
                "No answer for q3.hidden: add a row q3.hidden with the 3 numbers of h2."),
            item(
                "q3.logits",
                "logits after step 2",
                "89, -92, 29, 184, five, -12",
                "[89, -92, 29, 184, 181, -12]",
                "unparseable",
                "0",
                "2",
                "'five' is not a number (alice.csv line 6); write digits"),
            item(
                "q3.prediction",
                "favored next token",
                "is",
                "is",
                "correct",
                "1",
                "1",
                "Correct.")));
  }

  static ItemView item(
      String key,
      String label,
      String given,
      String expected,
      String status,
      String points,
      String max,
      String feedback) {
    return new ItemView(
        key,
        label,
        given,
        expected,
        status,
        statusLabel(status),
        points,
        max,
        feedback,
        given.isEmpty() ? "" : "line 2: " + key + "," + given);
  }

  static String statusLabel(String status) {
    return switch (status) {
      case "correct" -> "Correct";
      case "partial" -> "Partly right";
      case "followthrough" -> "Follow-through";
      case "incorrect" -> "Incorrect";
      case "missing" -> "Missing";
      case "unparseable" -> "Unreadable";
      case "manual" -> "Awaiting TA";
      default -> throw new IllegalArgumentException(status);
    };
  }
}
