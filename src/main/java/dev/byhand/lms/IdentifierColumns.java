package dev.byhand.lms;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a gradebook export that identify a student, by kind, so that each of byhand's
 * identifiers is compared only with columns of its kind: an email with emails and logins (a login
 * is often the email), a student number with id columns, a file name with any of them.
 *
 * @param emails e.g. {@code Email address}
 * @param logins e.g. {@code SIS Login ID}, {@code Username}
 * @param ids e.g. {@code SIS User ID}, {@code ID number}, {@code OrgDefinedId}
 */
record IdentifierColumns(List<Integer> emails, List<Integer> logins, List<Integer> ids) {
  IdentifierColumns {
    emails = List.copyOf(emails);
    logins = List.copyOf(logins);
    ids = List.copyOf(ids);
  }

  /** The columns named (in any case) as in each list that {@code export} has. */
  static IdentifierColumns of(
      GradebookExport export, List<String> emails, List<String> logins, List<String> ids) {
    return new IdentifierColumns(
        ImportFormat.present(export, emails),
        ImportFormat.present(export, logins),
        ImportFormat.present(export, ids));
  }

  boolean isEmpty() {
    return emails.isEmpty() && logins.isEmpty() && ids.isEmpty();
  }

  List<Integer> all() {
    List<Integer> all = new ArrayList<>(emails);
    all.addAll(logins);
    all.addAll(ids);
    return all;
  }
}
