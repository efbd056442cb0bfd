package dev.byhand.gradescope;

import static java.util.Objects.requireNonNull;

import dev.byhand.submission.StudentIds;
import dev.byhand.submission.StudentSource;
import dev.byhand.submission.Submitter;
import dev.byhand.submission.UploadFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder downloaded with Gradescope's "Export Submissions": {@code submission_metadata.yml} plus
 * one {@code submission_<id>/} folder per submission. A student's id is their first submitter's
 * name made safe for file names ({@code José Pérez} → {@code jose-perez}), with {@code -<id>} added
 * when two submissions would share it, or the folder name when nobody is named. Stateless.
 */
public final class GradescopeExport {
  /** The file that marks a folder as an export. */
  public static final String METADATA_FILE = "submission_metadata.yml";

  private GradescopeExport() {}

  /**
   * Whether {@code folder} holds a Gradescope export rather than one file or folder per student.
   */
  public static boolean isExport(Path folder) {
    return Files.isRegularFile(folder.resolve(METADATA_FILE), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Every submission: those listed in the metadata (in the metadata's order), then folders named
   * {@code submission_*} that it does not list.
   *
   * @throws ExportException if the metadata is not what Gradescope writes, saying where and why
   */
  public static List<ExportedSubmission> read(Path folder) {
    requireNonNull(folder, "folder");
    Map<String, List<Submitter>> listed = ExportMetadata.read(folder.resolve(METADATA_FILE));
    Map<String, List<Submitter>> all = new LinkedHashMap<>(listed);
    for (String unlisted : submissionFolders(folder)) {
      all.putIfAbsent(unlisted, List.of());
    }
    Map<String, Integer> nameCounts = new HashMap<>();
    all.forEach((key, people) -> nameCounts.merge(baseId(key, people), 1, Integer::sum));
    List<ExportedSubmission> submissions = new ArrayList<>();
    all.forEach(
        (key, people) -> {
          String base = baseId(key, people);
          String id =
              nameCounts.get(base) > 1 && !base.equals(key) ? base + "-" + number(key) : base;
          StudentSource source = UploadFolder.of(id, folder.resolve(key));
          submissions.add(new ExportedSubmission(source, people));
        });
    return submissions;
  }

  private static String baseId(String key, List<Submitter> people) {
    String name = people.isEmpty() ? "" : people.get(0).name();
    String id = slug(name);
    // An unlisted folder's name comes from disk, not from the metadata's checked keys: made safe
    // too.
    return id.isEmpty() ? StudentIds.ofFolder(key) : id;
  }

  /** {@code José Pérez} → {@code jose-perez}: letters without accents, digits, and dashes. */
  static String slug(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug =
        plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.length() > 60 ? slug.substring(0, 60) : slug;
  }

  private static String number(String key) {
    return key.startsWith("submission_") ? key.substring("submission_".length()) : key;
  }

  private static List<String> submissionFolders(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith("submission_"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }
}
