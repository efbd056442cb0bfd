package dev.byhand.submission;

import static java.util.Objects.requireNonNull;

/**
 * A person behind a submission, as far as it is known (e.g. from a Gradescope export); each field
 * is {@code ""} when unknown.
 */
public record Submitter(String name, String email, String sid) {
  public Submitter {
    requireNonNull(name, "name");
    requireNonNull(email, "email");
    requireNonNull(sid, "sid");
  }
}
