/**
 * Per-student variants (docs/VARIANTS.md): the student key, drawing a student's numbers from the
 * rubric's seed until the guarantees hold ({@link dev.byhand.variants.StudentRubrics}), a variant's
 * rubric JSON for the self-check page, and the search for answers that fit a classmate's numbers.
 * Above {@code rubric}; the self-check page never reaches it (its browser build cannot hash).
 */
package dev.byhand.variants;
