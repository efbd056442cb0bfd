package dev.byhand.rubric;

import java.util.Locale;
import java.util.Optional;

/** What {@code byhand check} may tell a student before the deadline. */
public enum SelfCheck {
  /** Only whether the file is complete and readable. */
  FORMAT,
  /** Also which answers are right. */
  CORRECTNESS;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SelfCheck> fromId(String id) {
    return Choices.byId(values(), SelfCheck::id, id);
  }
}
