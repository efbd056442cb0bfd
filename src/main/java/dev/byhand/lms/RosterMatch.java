package dev.byhand.lms;

import dev.byhand.lms.GradebookExport.Row;
import dev.byhand.report.StudentSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which graded student is which row of the LMS's gradebook, by identifiers only (email, login,
 * student number, LMS id), never by name. A submission may fill several rows (a group's members, or
 * one student listed in two sections); a row that two submissions claim is filled by neither and
 * reported, so no student is given another's score. Immutable once built.
 */
final class RosterMatch {
  private final Map<Row, StudentSummary> byRow = new IdentityHashMap<>();
  private final List<StudentSummary> unmatched = new ArrayList<>();
  private final List<String> conflicts = new ArrayList<>();

  /**
   * @param rows the roster's student rows
   * @param identifiers the columns holding identifiers (emails, logins, ids)
   * @param students the graded students, in class order
   */
  RosterMatch(List<Row> rows, List<Integer> identifiers, List<StudentSummary> students) {
    Map<String, Set<Row>> rowsByKey = new HashMap<>();
    for (Row row : rows) {
      for (int column : identifiers) {
        String key = normalise(row.cells().get(column));
        if (!key.isEmpty()) {
          rowsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(row);
        }
      }
    }
    Map<Row, List<StudentSummary>> claims = new IdentityHashMap<>();
    for (StudentSummary student : students) {
      Set<Row> fits = new LinkedHashSet<>();
      for (String key : keys(student)) {
        fits.addAll(rowsByKey.getOrDefault(key, Set.of()));
      }
      if (fits.isEmpty()) {
        unmatched.add(student);
      }
      for (Row row : fits) {
        claims.computeIfAbsent(row, r -> new ArrayList<>()).add(student);
      }
    }
    for (Row row : rows) {
      List<StudentSummary> claimants = claims.getOrDefault(row, List.of());
      if (claimants.size() == 1) {
        byRow.put(row, claimants.get(0));
      } else if (claimants.size() > 1) {
        conflicts.add(
            String.join(" and ", claimants.stream().map(RosterMatch::who).toList())
                + " are all the gradebook's row at line "
                + row.line()
                + "; left empty: enter that student's grade by hand or remove the extra"
                + " submission");
      }
    }
  }

  /** The graded student of a roster row, if exactly one submission is theirs. */
  Optional<StudentSummary> student(Row row) {
    return Optional.ofNullable(byRow.get(row));
  }

  /** Submissions that match no one in the roster, in class order. */
  List<StudentSummary> unmatched() {
    return List.copyOf(unmatched);
  }

  /** One sentence per gradebook row that several submissions claim, in the gradebook's order. */
  List<String> conflicts() {
    return List.copyOf(conflicts);
  }

  /**
   * A graded student's identifiers: the file or folder name, and the email and student number of
   * each submitter (from a Gradescope export).
   */
  private static List<String> keys(StudentSummary student) {
    List<String> keys = new ArrayList<>();
    keys.add(normalise(student.id()));
    for (String joined : List.of(student.email(), student.sid())) {
      for (String part : joined.split(";")) {
        String key = normalise(part);
        if (!key.isEmpty()) {
          keys.add(key);
        }
      }
    }
    return keys;
  }

  /**
   * Case and surrounding spaces do not matter, nor Brightspace's leading {@code #}; characters a
   * file name cannot hold compare as {@code _}, as byhand's student ids do ({@code ana@uni.edu.csv}
   * is student {@code ana_uni.edu}).
   */
  static String normalise(String identifier) {
    String text = GradebookExport.lower(identifier);
    if (text.startsWith("#")) {
      text = text.substring(1).strip();
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c ->
                out.append(
                    c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                        ? (char) c
                        : '_'));
    return out.toString();
  }

  static String who(StudentSummary student) {
    return student.email().isEmpty() ? student.id() : student.id() + " (" + student.email() + ")";
  }
}
