package dev.byhand.selftest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What a path given to {@code byhand test} names: a rubric file, or a folder's rubrics. */
final class RubricFiles {
  private RubricFiles() {}

  /**
   * {@code path} itself when it is a file; every {@code *.json} file directly in it, sorted by
   * name, when it is a folder.
   *
   * @throws SelfTestException when it does not exist, or is a folder without a rubric
   */
  static List<Path> in(Path path) {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      throw new SelfTestException(
          path + ": no such rubric file or folder; pass a rubric file or a folder of rubrics");
    }
    try (Stream<Path> entries = Files.list(path)) {
      List<Path> rubrics =
          entries
              .filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
              .sorted()
              .toList();
      if (rubrics.isEmpty()) {
        throw new SelfTestException(
            path + ": holds no *.json rubric; pass a rubric file or a folder of rubrics");
      }
      return rubrics;
    } catch (IOException e) {
      throw new SelfTestException(path + ": cannot list: " + e.getMessage(), e);
    }
  }
}
