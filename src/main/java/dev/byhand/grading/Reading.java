package dev.byhand.grading;

import static java.util.Objects.requireNonNull;

import dev.byhand.network.Value;
import dev.byhand.submission.Location;
import java.util.Optional;

/**
 * What a student wrote for one item, as grading read it: a value with where it was read, text that
 * could not be read, or nothing. The source is what lets a TA see at a glance what byhand read, so
 * that a misread shows itself.
 */
public sealed interface Reading {
  /** Where in the file this was read (line and text, or JSON path); empty when nothing was. */
  Optional<Location> source();

  /** Nothing was read: a manual item, or an item the file does not answer. */
  static Reading nothing() {
    return new Missing(Optional.empty(), "");
  }

  /**
   * A value in the shape the student wrote it (a number, a vector of any length, a matrix, or a
   * token of the vocabulary), read at {@code where}.
   */
  record Read(Value value, Location where) implements Reading {
    public Read {
      requireNonNull(value, "value");
      requireNonNull(where, "where");
    }

    @Override
    public Optional<Location> source() {
      return Optional.of(where);
    }
  }

  /**
   * Written, but not readable as an answer: {@code given} is what was written (for display), {@code
   * why} the sentence saying how to fix it.
   */
  record Unreadable(String given, Optional<Location> source, String why) implements Reading {
    public Unreadable {
      requireNonNull(given, "given");
      requireNonNull(source, "source");
      requireNonNull(why, "why");
    }
  }

  /**
   * No answer, or its key with nothing after it ({@code source} then says where); {@code why} says
   * how to add it.
   */
  record Missing(Optional<Location> source, String why) implements Reading {
    public Missing {
      requireNonNull(source, "source");
      requireNonNull(why, "why");
    }
  }
}
