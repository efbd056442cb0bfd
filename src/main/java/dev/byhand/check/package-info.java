/**
 * A student's self-check of one answers file, and blank answer templates. Reads with the same
 * reader and grades with the same {@code Grader} as {@code grade}; says which answers are right
 * only when the rubric lets it.
 */
package dev.byhand.check;
