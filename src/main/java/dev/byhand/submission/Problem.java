package dev.byhand.submission;

import static java.util.Objects.requireNonNull;

/**
 * Something in a student's file that could not be used as an answer, with a sentence saying what,
 * where and how to fix it, e.g. {@code line 7: "hiden" is not an answer key; keys look like
 * q1.hidden}.
 */
public record Problem(Location location, String message) {
  public Problem {
    requireNonNull(location, "location");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return location + ": " + message;
  }
}
