package dev.byhand.grading.misconception;

import java.util.List;

/**
 * Every known mistake, in the order they are tried: when several explain an answer, the first wins.
 * Immutable.
 */
public final class Catalogue {
  private static final List<Misconception> ALL =
      List.of(
          new NoRelu(),
          new ReluLogits(),
          new NoRecurrence(),
          new Transposed(),
          new EmbeddingRow(),
          new PreactivationCarried(),
          new NextWord(),
          new Argmin());

  private Catalogue() {}

  public static List<Misconception> all() {
    return ALL;
  }
}
