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

  Status(String label) {
    this.label = label;
  }

  /** {@code correct}, {@code followthrough}, …: the results.json value. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** For people: {@code Correct}, {@code Unreadable}. */
  public String label() {
    return label;
  }
}
