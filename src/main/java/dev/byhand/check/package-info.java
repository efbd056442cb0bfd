/**
 * A student's self-check of one answers file, and blank answer templates. Reads with the same
 * reader and judges as grading; runs the JUnit launcher only when the rubric lets the check say
 * which answers are right.
 */
package dev.byhand.check;
