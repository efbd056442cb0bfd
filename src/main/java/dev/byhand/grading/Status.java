package dev.byhand.grading;

import java.util.Locale;

/** An item's verdict. The ids are the vocabulary of results.json. */
public enum Status {
  CORRECT("Correct"),
  PARTIAL("Partly correct"),
  FOLLOWTHROUGH("Correct for your earlier answer"),
  INCORRECT("Incorrect"),
  MISSING("Missing"),
  UNPARSEABLE("Unreadable"),
  MANUAL("Graded by a TA");

  private final String label;

  /** Kept, not derived per call: every item of every student is written with it several times. */
  private final String id;

  Status(String label) {
    this.label = label;
    this.id = name().toLowerCase(Locale.ROOT);
  }

  /** {@code correct}, {@code followthrough}, …: the results.json value. */
  public String id() {
    return id;
  }

  /** For people: {@code Correct}, {@code Unreadable}. */
  public String label() {
    return label;
  }
}
