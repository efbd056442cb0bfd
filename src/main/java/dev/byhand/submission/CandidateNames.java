package dev.byhand.submission;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/** Names a student's competing answer files the way they appear in the submissions folder. */
final class CandidateNames {
  private static final List<String> COUNTS = List.of("zero", "one", "two", "three", "four", "five");

  private CandidateNames() {}

  /** {@code two answer files for alice: alice.csv and alice.json; keep one}. */
  static String tooMany(StudentSource student) {
    List<String> names = student.candidates().stream().map(c -> shown(student.path(), c)).toList();
    int n = names.size();
    String count = n < COUNTS.size() ? COUNTS.get(n) : String.valueOf(n);
    String listed = String.join(", ", names.subList(0, n - 1)) + " and " + names.get(n - 1);
    boolean ownFolder =
        Files.isDirectory(student.path(), LinkOption.NOFOLLOW_LINKS)
            && student.candidates().stream().allMatch(c -> c.startsWith(student.path()));
    String hint = ownFolder ? " (or name the one to grade answers.csv)" : "";
    return count + " answer files for " + student.studentId() + ": " + listed + "; keep one" + hint;
  }

  private static String shown(Path studentPath, Path candidate) {
    Path parent = studentPath.getParent();
    Path shown = parent == null ? candidate.getFileName() : parent.relativize(candidate);
    return shown.toString().replace('\\', '/');
  }
}
