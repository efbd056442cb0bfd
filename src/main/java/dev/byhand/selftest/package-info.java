/**
 * Rubric self-tests ({@code byhand test}) on the JUnit Platform: byhand's own {@code TestEngine}
 * ({@code byhand-rubric}) discovers each rubric as a container and its self-tests as tests (its
 * samples against their expected verdicts, its reference answers, each known mistake, an empty
 * file, and the same for drawn variants), and {@link dev.byhand.selftest.SelfTests} runs them
 * through the {@code Launcher} with a tree printer and the platform's JUnit XML writer. See
 * docs/SELFTEST.md.
 */
package dev.byhand.selftest;
