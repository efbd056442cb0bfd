package dev.byhand.network;

/**
 * Whether one evaluation of an equation stayed exact: lost once a function rounds (the square root
 * of 2, the exponential of 1) or an inexact value is read. One per evaluation; not thread-safe.
 */
final class Exactness {
  private boolean exact = true;

  void lose() {
    exact = false;
  }

  boolean isExact() {
    return exact;
  }
}
