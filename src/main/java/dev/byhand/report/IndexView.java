package dev.byhand.report;

import java.util.List;

/**
 * What the class overview ({@code index.html}) shows, already formatted as text. Student-written
 * text is escaped by the template.
 *
 * @param title the page title
 * @param assignment the rubric's title
 * @param studentCount how many students were graded
 * @param mean the mean score, e.g. {@code 10.34}
 * @param median the median score
 * @param maxScore points possible
 * @param pendingNote e.g. {@code "q0.diagram is still awaiting a TA for 12 students."}, or {@code
 *     ""}
 * @param overrideNote e.g. {@code "A TA changed byhand's mark on q1.logits for 2 students; …"}, or
 *     {@code ""}
 * @param chart the score distribution
 * @param questions per question and item, how the class did
 * @param mistakes the most frequent wrong answers, most frequent first
 * @param students every student, in grading order
 * @param clustersFile the TA-only page of identical wrong answers
 * @param clusterCount how many groups that page lists
 * @param variants whether the rubric gives each student their own numbers
 * @param fitCount with variants, how many students that page lists whose answers fit a classmate's
 *     numbers better than their own
 * @param analysis item statistics for the instructor
 */
public record IndexView(
    String title,
    String assignment,
    int studentCount,
    String mean,
    String median,
    String maxScore,
    String pendingNote,
    String overrideNote,
    ScoreChart chart,
    List<QuestionRow> questions,
    List<Mistake> mistakes,
    List<StudentRow> students,
    String clustersFile,
    int clusterCount,
    boolean variants,
    int fitCount,
    AnalysisView analysis) {
  public IndexView {
    questions = List.copyOf(questions);
    mistakes = List.copyOf(mistakes);
    students = List.copyOf(students);
  }

  public boolean hasMistakes() {
    return !mistakes.isEmpty();
  }

  /**
   * One question with its items.
   *
   * @param average mean points on the question (over students a TA has scored, for a manual one)
   */
  public record QuestionRow(
      String id, String text, String average, String maxPoints, List<ItemRow> items) {
    public QuestionRow {
      items = List.copyOf(items);
    }
  }

  /**
   * One item: the share of each verdict, in a fixed order, leaving out verdicts nobody got.
   *
   * @param key {@code q1.hidden}
   * @param shares for the stacked bar and its legend
   */
  public record ItemRow(String key, List<Share> shares) {
    public ItemRow {
      shares = List.copyOf(shares);
    }
  }

  /**
   * The students with one verdict on one item.
   *
   * @param status a CSS class: {@code correct}, {@code partial}, {@code followthrough}, {@code
   *     incorrect}, {@code missing}, {@code unparseable}, {@code manual}, {@code awaiting}
   * @param label for people, e.g. {@code wrong}, {@code awaiting TA}
   * @param count how many students
   * @param percent e.g. {@code 42.9}; also the bar segment's width
   */
  public record Share(String status, String label, int count, String percent) {}

  /**
   * A wrong answer several students gave.
   *
   * @param key the item
   * @param what the misconception id, or the wrong value itself
   * @param diagnosed whether {@code what} is a misconception id
   * @param count how many students
   * @param students links to some of them
   * @param more e.g. {@code "and 12 more"}, or {@code ""}
   */
  public record Mistake(
      String key,
      String what,
      boolean diagnosed,
      int count,
      List<StudentLink> students,
      String more) {
    public Mistake {
      students = List.copyOf(students);
    }
  }

  /** A link to a student's report. */
  public record StudentLink(String id, String report) {}

  /**
   * One row of the students table.
   *
   * @param scoreValue the score as a plain decimal, for sorting
   * @param pending e.g. {@code "2 awaiting TA"}, or {@code ""}
   * @param problems whether the file had problems
   */
  public record StudentRow(
      String id,
      String name,
      String report,
      String score,
      String scoreValue,
      String percent,
      String pending,
      boolean problems) {}
}
