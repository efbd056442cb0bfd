package dev.byhand.network;

import java.util.function.Supplier;

/**
 * Whether one evaluation of an equation stayed exact: lost once a function rounds (the square root
 * of 2, the exponential of 1) or an inexact value is read, except inside a choice ({@code argmax},
 * {@code argmin}), whose index or token is exact whatever it was chosen from. One per evaluation;
 * not thread-safe.
 */
final class Exactness {
  private boolean exact = true;
  private int choosing;

  void lose() {
    if (choosing == 0) {
      exact = false;
    }
  }

  boolean isExact() {
    return exact;
  }

  /** Evaluates the arguments of a choice: what they read or round does not make it inexact. */
  <T> T choosing(Supplier<T> arguments) {
    choosing++;
    try {
      return arguments.get();
    } finally {
      choosing--;
    }
  }
}
