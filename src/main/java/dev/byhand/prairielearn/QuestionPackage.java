package dev.byhand.prairielearn;

import static java.util.Objects.requireNonNull;

import dev.byhand.io.AtomicFile;
import dev.byhand.rubric.Rubric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code byhand prairielearn package}: writes a question folder for a rubric ({@link
 * QuestionFolder}) and byhand.jar beside its Dockerfile, so that {@code docker build} in the folder
 * makes the grader image. Each file is written atomically; other files in the folder are left as
 * they are.
 */
public final class QuestionPackage {
  private QuestionPackage() {}

  /**
   * @param rubricJson the rubric file's text, which the grader loads again
   * @param variantCount with a rubric that has variants, how many to draw for PrairieLearn's
   *     variants of the question
   * @param image the grader image's name, as PrairieLearn will pull it
   * @param topic the question's topic in the course
   * @return the files written, relative to {@code folder}
   */
  public static List<String> write(
      Path folder,
      Rubric rubric,
      String rubricJson,
      Path jar,
      String image,
      String topic,
      int variantCount)
      throws IOException {
    requireNonNull(folder, "folder");
    List<String> written = new ArrayList<>();
    for (Map.Entry<String, String> file :
        QuestionFolder.files(rubric, rubricJson, image, topic, variantCount).entrySet()) {
      Path target = folder.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      AtomicFile.write(target, file.getValue(), AtomicFile.Durability.RENAMED);
      written.add(file.getKey());
    }
    Path copy = folder.resolve("byhand.jar");
    Path temporary = Files.createTempFile(folder, ".byhand.jar.", ".tmp");
    try {
      Files.copy(jar, temporary, StandardCopyOption.REPLACE_EXISTING);
      Files.move(
          temporary, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
    written.add("byhand.jar");
    return written;
  }
}
