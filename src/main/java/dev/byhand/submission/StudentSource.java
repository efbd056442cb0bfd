package dev.byhand.submission;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * One student found in a submissions folder: a file ({@code alice.csv}) or a folder ({@code
 * bob/answers.json}).
 *
 * @param studentId safe as a file name: derived from the file or folder name
 * @param path the file or folder as found
 * @param candidates the answer files inside (one for a plain file; zero, one or several for a
 *     folder)
 */
public record StudentSource(String studentId, Path path, List<Path> candidates) {
  public StudentSource {
    requireNonNull(studentId, "studentId");
    requireNonNull(path, "path");
    candidates = List.copyOf(requireNonNull(candidates, "candidates"));
  }

  /**
   * The file or folder name as found, not made safe: a folder's name, or a file's without its
   * extension ({@code zoë.o'brien@colgate.edu.csv} → {@code zoë.o'brien@colgate.edu}).
   */
  public String name() {
    String found = String.valueOf(path.getFileName());
    // A file student is among its own candidates (with another file of the same id, too).
    boolean file = candidates.contains(path);
    return file ? StudentIds.withoutExtension(found) : found;
  }
}
