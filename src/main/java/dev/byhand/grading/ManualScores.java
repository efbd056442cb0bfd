package dev.byhand.grading;

import static java.util.Objects.requireNonNull;

import dev.byhand.rubric.Rubric;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A TA's points and comments, read from a CSV file with the columns {@code
 * student,question,points,comment}, and merged into graded results: for a manual item (the diagram)
 * its score, for an item byhand grades an override of byhand's points (a regrade). Immutable and
 * thread-safe.
 */
public final class ManualScores {
  private static final ManualScores NONE = new ManualScores("", Map.of());

  private final String file;
  private final Map<String, ManualScore> byStudentAndKey;

  private ManualScores(String file, Map<String, ManualScore> byStudentAndKey) {
    this.file = file;
    this.byStudentAndKey = Map.copyOf(byStudentAndKey);
  }

  /** No TA scores: every manual item stays awaiting a TA. */
  public static ManualScores none() {
    return NONE;
  }

  /**
   * Reads a TA's scores for the manual items of {@code rubric}, for a class of {@code studentIds}.
   * Every problem is reported at once, so one round of fixes is enough.
   *
   * @throws ManualScoresException listing every unknown student or question, bad or too-high points
   *     and duplicate row, each with its line and fix (a typo in an id would otherwise leave the
   *     real student's item awaiting a TA without anyone noticing)
   * @throws IOException if the file cannot be read
   */
  public static ManualScores read(Path file, Rubric rubric, Collection<String> studentIds)
      throws IOException {
    requireNonNull(file, "file");
    Set<String> known = new HashSet<>(studentIds);
    List<String> problems = new ArrayList<>();
    Map<String, ManualScore> scores = new LinkedHashMap<>();
    for (ManualScore score : new ManualScoresCsv(rubric, problems).read(file)) {
      if (!known.contains(score.student())) {
        problems.add(
            "line "
                + score.line()
                + ": no student \""
                + score.student()
                + "\" in the submissions folder; use the id byhand gives (the file or folder name,"
                + " as in results.json)");
        continue;
      }
      ManualScore earlier = scores.putIfAbsent(id(score.student(), score.key()), score);
      if (earlier != null) {
        problems.add(
            "line "
                + score.line()
                + ": "
                + score.student()
                + " "
                + score.key()
                + " is already scored on line "
                + earlier.line()
                + "; keep one of the two rows");
      }
    }
    problems.sort(java.util.Comparator.comparingInt(ManualScores::lineOf));
    failIfAny(file.toString(), problems);
    return new ManualScores(file.toString(), scores);
  }

  /**
   * The line number a problem starts with ({@code line 4: …}), for listing problems in file order.
   */
  private static int lineOf(String problem) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^line (\\d+)").matcher(problem);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** How many items this file scores or overrides. */
  public int size() {
    return byStudentAndKey.size();
  }

  /** The TA's score for one student's item, if the file has one. */
  public Optional<ManualScore> score(String studentId, String key) {
    return Optional.ofNullable(byStudentAndKey.get(id(studentId, key)));
  }

  /**
   * The result with every scored manual item given the TA's points and comment, and every
   * overridden computed item given the TA's points (keeping byhand's verdict and points beside
   * them); unscored manual items stay awaiting a TA, and other computed items are unchanged.
   */
  public StudentResult apply(StudentResult result) {
    if (byStudentAndKey.isEmpty()) {
      return result;
    }
    List<ItemResult> items = new ArrayList<>(result.items().size());
    for (ItemResult item : result.items()) {
      Optional<ManualScore> score = score(result.studentId(), item.key());
      items.add(score.map(s -> applied(item, s)).orElse(item));
    }
    return new StudentResult(
        result.studentId(),
        result.sourceFile(),
        items,
        result.fileProblems(),
        result.submitters(),
        result.variant());
  }

  private static ItemResult applied(ItemResult item, ManualScore score) {
    return item.status() == Status.MANUAL
        ? scored(item, score)
        : item.overriddenBy(score.points(), score.comment());
  }

  private static ItemResult scored(ItemResult item, ManualScore score) {
    String feedback = score.comment().isEmpty() ? "Scored by a TA." : score.comment();
    return ItemResult.scoredByTa(item.rubricItem(), score.points(), feedback);
  }

  private static String id(String student, String key) {
    return student + "\u0000" + key;
  }

  private static void failIfAny(String file, List<String> problems) {
    if (problems.isEmpty()) {
      return;
    }
    int shown = Math.min(problems.size(), 10);
    String more = problems.size() > shown ? "; and " + (problems.size() - shown) + " more" : "";
    throw new ManualScoresException(
        file
            + ": "
            + (problems.size() == 1 ? "" : problems.size() + " problems: ")
            + String.join("; ", problems.subList(0, shown))
            + more);
  }
}
