/**
 * Gradebook import files for the LMS a course keeps its grades in (Canvas, Moodle, Blackboard,
 * Brightspace), filled from the gradebook the TA exported from it: {@link dev.byhand.lms.LmsExport}
 * reads the export, matches graded students to its rows by identifiers, and writes the file.
 */
package dev.byhand.lms;
