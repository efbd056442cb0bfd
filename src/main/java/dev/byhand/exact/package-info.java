/**
 * Exact arithmetic: {@link dev.byhand.exact.Rational} over {@code BigInteger}, vectors and matrices
 * of rationals, and sorted id sets the browser build can compile. Uses {@code java.base} only.
 */
package dev.byhand.exact;
