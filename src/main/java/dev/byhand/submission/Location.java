package dev.byhand.submission;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * Where in a student's file something was written: a CSV line (from 1) or a JSON path such as
 * {@code $.q1.hidden[2]}. {@code file} is the file name as the student named it (no folders).
 */
public record Location(String file, OptionalInt line, String jsonPath) {
  public Location {
    requireNonNull(file, "file");
    requireNonNull(line, "line");
    requireNonNull(jsonPath, "jsonPath");
  }

  public static Location ofLine(String file, int line) {
    return new Location(file, OptionalInt.of(line), "");
  }

  public static Location ofPath(String file, String jsonPath) {
    return new Location(file, OptionalInt.empty(), jsonPath);
  }

  /** {@code alice.csv line 4}, {@code bob.json at $.q1.hidden}, or just the file name. */
  @Override
  public String toString() {
    if (line.isPresent()) {
      return file + " line " + line.getAsInt();
    }
    return jsonPath.isEmpty() ? file : file + " at " + jsonPath;
  }
}
