package dev.byhand.grading;

import dev.byhand.rnn.Vector;
import dev.byhand.submission.Answer;

/** What one answer item reads as, before it is compared: numbers, a token, or why neither. */
sealed interface Reading {
  /** A vector of exact numbers (of any length). */
  record Numbers(Vector vector, Answer answer) implements Reading {}

  /** A token of the vocabulary, by id. */
  record Token(int id, Answer answer) implements Reading {}

  /** Nothing usable: {@code status} is missing or unparseable, with feedback saying how to fix it. */
  record Failed(Status status, String given, String feedback) implements Reading {}
}
