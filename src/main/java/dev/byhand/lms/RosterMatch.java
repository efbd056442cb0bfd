package dev.byhand.lms;

import dev.byhand.lms.GradebookExport.Row;
import dev.byhand.report.StudentSummary;
import dev.byhand.submission.Submitter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which graded student is which row of the LMS's gradebook, by identifiers only, never by name:
 * with a Gradescope export each submitter's email (against the export's email and login columns)
 * and SID (against its id columns); for a plain folder the file or folder name the TA chose
 * (against all of them). A group's submission fills each member's row. A person whose identifiers
 * fit two rows, and a row two submissions claim, are written for no one and reported, so no student
 * is given another's score. Immutable once built.
 */
final class RosterMatch {
  private final Map<Row, StudentSummary> byRow = new IdentityHashMap<>();
  private final List<StudentSummary> unmatched = new ArrayList<>();
  private final List<String> conflicts = new ArrayList<>();

  /**
   * @param rows the roster's student rows
   * @param columns the columns holding identifiers, by kind
   * @param students the graded students, in class order
   */
  RosterMatch(List<Row> rows, IdentifierColumns columns, List<StudentSummary> students) {
    Index emails = new Index(rows, columns.emails(), columns.logins());
    Index ids = new Index(rows, columns.ids());
    Index any = new Index(rows, columns.all());
    Map<Row, List<StudentSummary>> claims = new IdentityHashMap<>();
    for (StudentSummary student : students) {
      boolean found = false;
      for (Set<Row> fits : people(student, emails, ids, any)) {
        if (fits.size() == 1) {
          claims.computeIfAbsent(fits.iterator().next(), r -> new ArrayList<>()).add(student);
        } else if (fits.size() > 1) {
          conflicts.add(who(student) + " fits " + lines(fits) + "; left empty");
        }
        found |= !fits.isEmpty();
      }
      if (!found) {
        unmatched.add(student);
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

  /** One sentence per person or row that could not be matched one to one. */
  List<String> conflicts() {
    return List.copyOf(conflicts);
  }

  /** The rows each person behind a submission fits: one set per submitter, or the file name's. */
  private static List<Set<Row>> people(StudentSummary student, Index emails, Index ids, Index any) {
    List<Set<Row>> people = new ArrayList<>();
    for (Submitter submitter : student.submitters()) {
      if (submitter.email().isBlank() && submitter.sid().isBlank()) {
        continue;
      }
      Set<Row> fits = new LinkedHashSet<>(emails.rows(submitter.email()));
      fits.addAll(ids.rows(submitter.sid()));
      people.add(fits);
    }
    if (people.isEmpty()) {
      // A plain folder: the TA named each file or folder, by email, login or student number.
      people.add(new LinkedHashSet<>(any.rows(student.id())));
    }
    return people;
  }

  /** Rows by the normalised identifiers in some of their columns. */
  private static final class Index {
    private final Map<String, Set<Row>> rows = new HashMap<>();

    @SafeVarargs
    Index(List<Row> roster, List<Integer>... columnLists) {
      for (Row row : roster) {
        for (List<Integer> columns : columnLists) {
          for (int column : columns) {
            String key = normalise(row.cells().get(column));
            if (!key.isEmpty()) {
              rows.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(row);
            }
          }
        }
      }
    }

    Set<Row> rows(String identifier) {
      String key = normalise(identifier);
      return key.isEmpty() ? Set.of() : rows.getOrDefault(key, Set.of());
    }
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

  private static String lines(Set<Row> rows) {
    return rows.size()
        + " rows of the gradebook (lines "
        + String.join(", ", rows.stream().map(r -> Integer.toString(r.line())).toList())
        + ")";
  }
}
