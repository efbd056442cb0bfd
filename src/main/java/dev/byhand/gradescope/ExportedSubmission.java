package dev.byhand.gradescope;

import static java.util.Objects.requireNonNull;

import dev.byhand.submission.StudentSource;
import dev.byhand.submission.Submitter;
import java.util.List;

/**
 * One submission of a Gradescope export: its files and who submitted it (several people for a group
 * submission; none when the folder has no entry in the metadata).
 */
public record ExportedSubmission(StudentSource source, List<Submitter> submitters) {
  public ExportedSubmission {
    requireNonNull(source, "source");
    submitters = List.copyOf(submitters);
  }
}
