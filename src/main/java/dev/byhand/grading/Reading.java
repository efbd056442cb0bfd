package dev.byhand.grading;

import dev.byhand.network.Value;
import dev.byhand.submission.Answer;

/** What one answer item reads as, before it is compared: a value, or why there is none. */
sealed interface Reading {
  /**
   * A value in the shape the student wrote it (a number, a vector of any length, a matrix, or a
   * token of the vocabulary).
   */
  record Read(Value value, Answer answer) implements Reading {}

  /**
   * Nothing usable: {@code status} is missing or unparseable, with feedback saying how to fix it.
   */
  record Failed(Status status, String given, String feedback) implements Reading {}
}
