package dev.byhand.rubric;

import java.util.Locale;
import java.util.Optional;

/** Which predicted token is accepted when several logits tie for the largest value. */
public enum Ties {
  /** Any token tied for the largest logit. */
  ANY,
  /** Only the tied token with the lowest id, as numpy's argmax returns it. */
  FIRST;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Ties> fromId(String id) {
    return Choices.byId(values(), Ties::id, id);
  }
}
