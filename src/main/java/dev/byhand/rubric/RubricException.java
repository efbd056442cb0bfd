package dev.byhand.rubric;

/**
 * A rubric file that cannot be used. The message names the file, the field and the fix, e.g. {@code
 * rubrics/x.json: model.W is 3×2 but h0 has 3 entries: W must be 3×3}.
 */
public final class RubricException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RubricException(String message) {
    super(message);
  }

  public RubricException(String message, Throwable cause) {
    super(message, cause);
  }
}
