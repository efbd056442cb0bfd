package dev.byhand.rnn;

import java.util.Locale;
import java.util.Optional;

/** The hidden-state nonlinearity. Both are exact on rationals. */
public enum Activation {
  RELU {
    @Override
    public Rational apply(Rational x) {
      return x.signum() < 0 ? Rational.ZERO : x;
    }
  },
  IDENTITY {
    @Override
    public Rational apply(Rational x) {
      return x;
    }
  };

  public abstract Rational apply(Rational x);

  public Vector apply(Vector v) {
    return v.map(this::apply);
  }

  /** The name used in rubric files: {@code relu} or {@code identity}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Activation> fromId(String id) {
    for (Activation activation : values()) {
      if (activation.id().equalsIgnoreCase(id.strip())) {
        return Optional.of(activation);
      }
    }
    return Optional.empty();
  }
}
