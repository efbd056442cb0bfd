package dev.byhand.rubric;

import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import java.util.Locale;

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
}
