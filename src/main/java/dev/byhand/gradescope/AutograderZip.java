package dev.byhand.gradescope;

import static java.util.Objects.requireNonNull;

import dev.byhand.io.AtomicFile;
import dev.byhand.io.Resources;
import dev.byhand.rubric.RubricLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Builds the zip Gradescope takes as an autograder: at its root {@code setup.sh} (installs Java),
 * {@code run_autograder} (executable, LF line endings), {@code byhand.jar} and {@code rubric.json}.
 * Nothing is downloaded at grading time. The zip is the same for the same inputs.
 */
public final class AutograderZip {
  /** The entries, in the order they are written. */
  public static final List<String> ENTRIES =
      List.of("setup.sh", "run_autograder", "byhand.jar", AutograderRoot.RUBRIC_FILE);

  private static final int EXECUTABLE = 0755;
  private static final int READABLE = 0644;
  private static final FileTime FIXED_TIME = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));

  private AutograderZip() {}

  /**
   * Writes the zip to {@code out} atomically, after checking that the rubric loads (a broken rubric
   * fails here, with the loader's message, not in every student's run).
   *
   * @param jar byhand's self-contained jar
   * @param rubric the rubric file; stored as {@code rubric.json}
   */
  public static void write(Path out, Path jar, Path rubric) throws IOException {
    requireNonNull(out, "out");
    requireNonNull(jar, "jar");
    requireNonNull(rubric, "rubric");
    new RubricLoader().load(rubric);
    byte[] jarBytes = Files.readAllBytes(jar);
    byte[] rubricBytes = Files.readAllBytes(rubric);
    try (AtomicFile file = AtomicFile.begin(out, AtomicFile.Durability.SYNCED)) {
      try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file.stream())) {
        entry(zip, "setup.sh", script("setup.sh"), EXECUTABLE);
        entry(zip, "run_autograder", script("run_autograder"), EXECUTABLE);
        entry(zip, "byhand.jar", jarBytes, READABLE);
        entry(zip, AutograderRoot.RUBRIC_FILE, rubricBytes, READABLE);
      }
      file.commit();
    }
  }

  private static void entry(ZipArchiveOutputStream zip, String name, byte[] content, int mode)
      throws IOException {
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    // Unix permissions live in the entry's external attributes; unzip and Gradescope honour them.
    entry.setUnixMode(mode);
    entry.setLastModifiedTime(FIXED_TIME);
    entry.setSize(content.length);
    zip.putArchiveEntry(entry);
    zip.write(content);
    zip.closeArchiveEntry();
  }

  /**
   * A container script from the jar, with LF line endings whatever happened to the file on the way.
   */
  static byte[] script(String name) {
    String text = Resources.text("/byhand/gradescope/" + name).replace("\r\n", "\n");
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
