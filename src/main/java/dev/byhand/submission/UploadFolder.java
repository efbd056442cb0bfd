package dev.byhand.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One student's uploaded files in a folder (Gradescope's {@code submission/}, an export's {@code
 * submission_<id>/}, PrairieLearn's {@code student/}): answer-like files up to three levels down
 * are the candidates; when there are none, every file is, so that a lone picture is named and
 * explained rather than ignored. Symbolic links are never followed. Stateless.
 */
public final class UploadFolder {
  private static final Set<String> ANSWER_EXTENSIONS =
      Set.of("csv", "json", "txt", "tsv", "ipynb", "rtf", "docx", "odt", "xlsx");
  private static final Set<String> NOISE =
      Set.of(".ds_store", "thumbs.db", "desktop.ini", "__macosx");
  private static final int MAX_DEPTH = 3;

  /** An upload is a handful of files; a folder with thousands is not an answers upload. */
  private static final int MAX_FILES = 1_000;

  private UploadFolder() {}

  /** The student's source; a missing folder has no candidates. */
  public static StudentSource of(String studentId, Path folder) {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      collect(folder, 1, files);
    }
    List<Path> answerLike = files.stream().filter(UploadFolder::answerLike).toList();
    return new StudentSource(studentId, folder, answerLike.isEmpty() ? files : answerLike);
  }

  /** The candidates' names relative to the folder, as a student would recognise them. */
  public static List<String> shown(StudentSource source) {
    return source.candidates().stream()
        .map(c -> source.path().relativize(c).toString().replace('\\', '/'))
        .toList();
  }

  private static void collect(Path folder, int depth, List<Path> files) {
    for (Path entry : list(folder)) {
      if (files.size() >= MAX_FILES || ignored(entry)) {
        continue;
      }
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        if (depth < MAX_DEPTH) {
          collect(entry, depth + 1, files);
        }
      } else {
        files.add(entry);
      }
    }
  }

  private static boolean ignored(Path entry) {
    String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.startsWith(".") || NOISE.contains(name);
  }

  private static boolean answerLike(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot > 0 && ANSWER_EXTENSIONS.contains(name.substring(dot + 1))
        || name.equals("answers.py");
  }

  private static List<Path> list(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }
}
