package dev.byhand.report;

import dev.byhand.report.IndexView.Mistake;
import dev.byhand.report.IndexView.StudentLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The class's most frequent mistakes: wrong answers grouped by item and by misconception id where
 * grading recognised one, else by the wrong value itself. Follow-through answers are left out: they
 * repeat an earlier mistake rather than make a new one.
 */
final class Mistakes {
  static final int SHOWN = 12;
  static final int LINKS = 8;

  private Mistakes() {}

  /** The mistakes of the students added so far, grouped as they are graded. Not thread-safe. */
  static final class Tally {
    private final Map<List<String>, List<StudentSummary>> groups = new LinkedHashMap<>();

    void add(StudentSummary student) {
      for (StudentSummary.Item item : student.items()) {
        boolean counted =
            switch (item.status()) {
              case INCORRECT, PARTIAL -> true;
              case CORRECT, FOLLOWTHROUGH, MISSING, UNPARSEABLE, MANUAL -> false;
            };
        if (counted && !(item.diagnosis().isEmpty() && item.wrongAnswer().isEmpty())) {
          String what = item.diagnosis().isEmpty() ? item.wrongAnswer() : item.diagnosis();
          groups
              .computeIfAbsent(List.of(item.key(), what, item.diagnosis()), k -> new ArrayList<>())
              .add(student);
        }
      }
    }

    /** The {@link #SHOWN} most frequent, most frequent first. */
    List<Mistake> mistakes() {
      return groups.entrySet().stream()
          .sorted(
              Comparator.comparingInt(
                  (Map.Entry<List<String>, List<StudentSummary>> e) -> -e.getValue().size()))
          .limit(SHOWN)
          .map(e -> mistake(e.getKey(), e.getValue()))
          .toList();
    }
  }

  private static Mistake mistake(List<String> key, List<StudentSummary> students) {
    List<StudentLink> links =
        students.stream().limit(LINKS).map(s -> new StudentLink(s.id(), s.reportFile())).toList();
    String more = students.size() > LINKS ? "and " + (students.size() - LINKS) + " more" : "";
    return new Mistake(key.get(0), key.get(1), !key.get(2).isEmpty(), students.size(), links, more);
  }
}
