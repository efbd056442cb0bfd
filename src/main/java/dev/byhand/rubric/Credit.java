package dev.byhand.rubric;

import java.util.Optional;

/** How a vector item earns points when only some of its entries are right. */
public enum Credit {
  /** Full points only when every entry is right. */
  ALL_OR_NOTHING("all-or-nothing"),
  /** Points in proportion to the right entries (a vector of the wrong length earns nothing). */
  PER_ENTRY("per-entry");

  private final String id;

  Credit(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Credit> fromId(String id) {
    return Choices.byId(values(), Credit::id, id);
  }
}
