package dev.byhand.selftest;

import static java.util.Objects.requireNonNull;

import dev.byhand.rubric.Rubric;

/**
 * Who a generated answers file is written for: the key it is graded under (a drawn student's, with
 * variants) and the rubric with that student's own numbers (the rubric itself without variants).
 */
record Student(String key, Rubric rubric) {
  Student {
    requireNonNull(key, "key");
    requireNonNull(rubric, "rubric");
  }
}
