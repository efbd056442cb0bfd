package dev.byhand.check;

/** What the self-check found for one answer item. */
public enum ItemState {
  /** There, readable, and the right size. */
  OK("ok", false),
  /** No answer, or the key with nothing after it. */
  MISSING("missing", true),
  /** Written, but grading could not read it. */
  UNREADABLE("unreadable", true),
  /** A vector with more or fewer numbers than the question asks for. */
  WRONG_SIZE("wrong size", true),
  /** Graded by a TA outside byhand; nothing to check in the file. */
  BY_TA("by a TA", false);

  private final String label;
  private final boolean problem;

  ItemState(String label, boolean problem) {
    this.label = label;
    this.problem = problem;
  }

  /** For people: {@code ok}, {@code wrong size}. */
  public String label() {
    return label;
  }

  /** Whether the student must fix the item before the file is complete. */
  public boolean isProblem() {
    return problem;
  }
}
