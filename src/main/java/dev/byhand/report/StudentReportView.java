package dev.byhand.report;

import java.util.List;

/**
 * What one student's HTML report shows, already formatted as text. Every string here may contain
 * student-written text and is escaped by the template.
 *
 * @param title the page title, e.g. {@code alice — Understanding RNNs: RNN by hand}
 * @param assignment the rubric's title
 * @param studentId the student's id
 * @param sourceFile the file that was graded, e.g. {@code alice.csv}, or {@code ""} if none
 * @param score points earned, e.g. {@code 7} or {@code 6.5}
 * @param maxScore points possible
 * @param percent e.g. {@code 78%}
 * @param pendingNote e.g. {@code "2 points are graded by a TA (q0) and not included yet."}, or
 *     {@code ""}
 * @param fileProblems sentences about the file as a whole (unreadable file, skipped rows), each
 *     saying how to fix it
 * @param questions in rubric order
 * @param trace the student's trace beside the reference
 * @param own the student's own numbers when the rubric has variants: one entry, else none
 */
public record StudentReportView(
    String title,
    String assignment,
    String studentId,
    String sourceFile,
    String score,
    String maxScore,
    String percent,
    String pendingNote,
    List<String> fileProblems,
    List<QuestionView> questions,
    TraceView trace,
    List<OwnValues> own) {
  public StudentReportView {
    own = List.copyOf(own);
    fileProblems = List.copyOf(fileProblems);
    questions = List.copyOf(questions);
    java.util.Objects.requireNonNull(trace, "trace");
  }

  /** A report of a rubric without variants. */
  public StudentReportView(
      String title,
      String assignment,
      String studentId,
      String sourceFile,
      String score,
      String maxScore,
      String percent,
      String pendingNote,
      List<String> fileProblems,
      List<QuestionView> questions,
      TraceView trace) {
    this(
        title,
        assignment,
        studentId,
        sourceFile,
        score,
        maxScore,
        percent,
        pendingNote,
        fileProblems,
        questions,
        trace,
        List.of());
  }

  /**
   * The values this student was given, each as rows of entries.
   *
   * @param variant the variant's short id
   */
  public record OwnValues(String variant, List<NamedValue> values) {
    public OwnValues {
      values = List.copyOf(values);
    }
  }

  /** {@code W} and its rows; a vector is one row, a number one row of one entry. */
  public record NamedValue(String name, List<EntryRow> rows) {
    public NamedValue {
      rows = List.copyOf(rows);
    }
  }

  /** One row of a value. */
  public record EntryRow(List<String> entries) {
    public EntryRow {
      entries = List.copyOf(entries);
    }
  }

  public boolean hasFileProblems() {
    return !fileProblems.isEmpty();
  }

  /**
   * One question.
   *
   * @param id {@code q1}
   * @param text the question as the handout asks it
   * @param context e.g. {@code step 1, reading "BOS"}, or {@code ""} for manual questions
   * @param points earned on this question
   * @param maxPoints possible on this question
   * @param items the answer items, in rubric order
   */
  public record QuestionView(
      String id,
      String text,
      String context,
      String points,
      String maxPoints,
      List<ItemView> items) {
    public QuestionView {
      items = List.copyOf(items);
    }
  }

  /**
   * One answer item.
   *
   * @param key {@code q1.hidden}
   * @param label e.g. {@code hidden state h1}
   * @param given what the student wrote, e.g. {@code [5, 4, 0]}, or {@code ""} when nothing
   * @param expected the reference, e.g. {@code [5, 4, 0]}, or {@code ""} when not shown
   * @param status the verdict id: {@code correct}, {@code partial}, {@code followthrough}, {@code
   *     incorrect}, {@code missing}, {@code unparseable} or {@code manual}; also a CSS class
   * @param statusLabel the verdict for people, e.g. {@code Correct}, {@code Missing}
   * @param points earned
   * @param maxPoints possible
   * @param feedback one or two sentences the student can act on
   * @param source where the answer was read and the text there ({@code line 6: prediction = BOS}),
   *     or {@code ""} when nothing was
   * @param override when a TA changed byhand's points, both marks and the TA's reason ({@code
   *     byhand: 1/3 — changed by a TA to 3/3: read the column vector as intended}), else {@code ""}
   */
  public record ItemView(
      String key,
      String label,
      String given,
      String expected,
      String status,
      String statusLabel,
      String points,
      String maxPoints,
      String feedback,
      String source,
      String override) {
    /** An item no TA has overridden. */
    public ItemView(
        String key,
        String label,
        String given,
        String expected,
        String status,
        String statusLabel,
        String points,
        String maxPoints,
        String feedback,
        String source) {
      this(
          key,
          label,
          given,
          expected,
          status,
          statusLabel,
          points,
          maxPoints,
          feedback,
          source,
          "");
    }

    /** A manual item: the student hands it in outside the answers file and a TA grades it. */
    public boolean byTa() {
      return "manual".equals(status);
    }
  }
}
