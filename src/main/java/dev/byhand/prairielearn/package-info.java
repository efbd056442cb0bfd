/**
 * byhand on PrairieLearn: the external grader ({@link dev.byhand.prairielearn.ExternalGrader},
 * {@code byhand prairielearn run}), which reads the job PrairieLearn mounts at {@code /grade} and
 * writes its {@code results.json}, and the question folder ({@link
 * dev.byhand.prairielearn.QuestionPackage}, {@code byhand prairielearn package}).
 */
package dev.byhand.prairielearn;
