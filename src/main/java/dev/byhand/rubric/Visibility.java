package dev.byhand.rubric;

import java.util.Locale;
import java.util.Optional;

/**
 * When students may see a question's result, in Gradescope's vocabulary. Only {@link #VISIBLE}
 * questions show reference values before grades are published; the others say where and what kind
 * of mistake, not the number.
 */
public enum Visibility {
  VISIBLE,
  AFTER_PUBLISHED,
  AFTER_DUE_DATE,
  HIDDEN;

  /** {@code visible}, {@code after_published}, …: the rubric and Gradescope spelling. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Visibility> fromId(String id) {
    return Choices.byId(values(), Visibility::id, id);
  }
}
