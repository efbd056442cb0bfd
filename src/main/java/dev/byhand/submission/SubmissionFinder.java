package dev.byhand.submission;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Lists the students in a submissions folder, sorted by id: each file directly inside is a student,
 * and so is each folder (its answer-like files, up to three levels down, are the candidates).
 * Symbolic links are never followed. Stateless and thread-safe.
 */
public final class SubmissionFinder {
  private static final Set<String> ANSWER_EXTENSIONS =
      Set.of(
          "csv", "json", "txt", "tsv", "yaml", "yml", "tex", "ipynb", "rtf", "docx", "odt", "xlsx");
  private static final Set<String> NOISE =
      Set.of(".ds_store", "thumbs.db", "desktop.ini", "__macosx");
  private static final Set<String> PREFERRED = Set.of("answers.csv", "answers.json", "answers.txt");
  private static final int MAX_DEPTH = 3;

  /**
   * Every student in {@code submissionsFolder}, sorted by id; students whose ids collide are merged
   * into one source with all their files, so {@link #read} can ask them to keep one.
   *
   * @throws IllegalArgumentException if the folder does not exist or is not a folder
   * @throws UncheckedIOException if the folder cannot be listed
   */
  public List<StudentSource> find(Path submissionsFolder) {
    requireNonNull(submissionsFolder, "submissionsFolder");
    if (!Files.exists(submissionsFolder)) {
      throw new IllegalArgumentException(
          "submissions folder "
              + submissionsFolder
              + " does not exist; pass the folder that holds the submissions");
    }
    if (!Files.isDirectory(submissionsFolder)) {
      throw new IllegalArgumentException(
          submissionsFolder + " is not a folder; pass the folder that holds the submissions");
    }
    Map<String, List<StudentSource>> byId = new TreeMap<>();
    for (Path entry : list(submissionsFolder)) {
      if (!ignored(entry)) {
        StudentSource found = student(entry);
        byId.computeIfAbsent(StudentIds.collisionKey(found.studentId()), k -> new ArrayList<>())
            .add(found);
      }
    }
    return byId.values().stream().map(SubmissionFinder::merge).toList();
  }

  /**
   * Reads the student's single answers file, or explains why there is none to read; never null and
   * never throws for anything a student wrote. A bug in reading one file becomes that file's
   * unreadable reason (asking for a report), so it costs one student, never the batch.
   */
  public Submission read(StudentSource student, SubmissionReader reader) {
    return readOrExplain(student, reader).withName(student.name());
  }

  private Submission readOrExplain(StudentSource student, SubmissionReader reader) {
    try {
      return readChosen(student, reader);
    } catch (RuntimeException e) {
      return Submission.unreadable(
          student.studentId(),
          student.path(),
          "byhand failed to read this file ("
              + ExceptionNames.of(e)
              + "); a TA must look at it, and please report it");
    }
  }

  private Submission readChosen(StudentSource student, SubmissionReader reader) {
    requireNonNull(student, "student");
    requireNonNull(reader, "reader");
    List<Path> candidates = student.candidates();
    if (candidates.isEmpty()) {
      return Submission.unreadable(
          student.studentId(),
          student.path(),
          "no answers file found in "
              + student.path().getFileName()
              + "/: put your answers in answers.csv or answers.json");
    }
    List<Path> chosen = candidates.size() == 1 ? candidates : preferred(student);
    if (chosen.size() != 1) {
      return Submission.unreadable(
          student.studentId(), student.path(), CandidateNames.tooMany(student));
    }
    Path file = chosen.get(0);
    if (Files.isSymbolicLink(file)) {
      return Submission.unreadable(
          student.studentId(),
          file,
          file.getFileName() + " is a symbolic link; submit the file itself");
    }
    return reader.read(student.studentId(), file);
  }

  /**
   * The student that one file or folder is, as {@link #find} would list it: a file is its own only
   * candidate, a folder's answer-like files are its candidates. Never null.
   */
  public StudentSource source(Path entry) {
    requireNonNull(entry, "entry");
    return student(entry);
  }

  private static StudentSource student(Path entry) {
    String name = entry.getFileName().toString();
    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
      List<Path> candidates = new ArrayList<>();
      collect(entry, 1, candidates);
      return new StudentSource(StudentIds.of(name, true), entry, candidates);
    }
    return new StudentSource(StudentIds.of(name, false), entry, List.of(entry));
  }

  private static void collect(Path folder, int depth, List<Path> candidates) {
    for (Path entry : list(folder)) {
      if (ignored(entry)) {
        continue;
      }
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        if (depth < MAX_DEPTH) {
          collect(entry, depth + 1, candidates);
        }
      } else if (answerLike(entry)) {
        candidates.add(entry);
      }
    }
  }

  /**
   * Several files: the one named answers.* in the student's own folder, if there is exactly one.
   */
  private static List<Path> preferred(StudentSource student) {
    Path folder = student.path();
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
        || !student.candidates().stream().allMatch(c -> c.startsWith(folder))) {
      return student.candidates();
    }
    return student.candidates().stream()
        .filter(c -> PREFERRED.contains(lower(c.getFileName().toString())))
        .toList();
  }

  private static StudentSource merge(List<StudentSource> sources) {
    if (sources.size() == 1) {
      return sources.get(0);
    }
    Path path =
        sources.stream()
            .map(StudentSource::path)
            .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
            .findFirst()
            .orElse(sources.get(0).path());
    List<Path> candidates =
        sources.stream().flatMap(s -> s.candidates().stream()).sorted().toList();
    return new StudentSource(sources.get(0).studentId(), path, candidates);
  }

  private static boolean ignored(Path entry) {
    String name = lower(entry.getFileName().toString());
    return name.startsWith(".") || name.startsWith("readme") || NOISE.contains(name);
  }

  private static boolean answerLike(Path file) {
    String name = lower(file.getFileName().toString());
    int dot = name.lastIndexOf('.');
    // A Markdown or Python file in a folder is more often notes or code than answers: only
    // answers.md and answers.py count.
    return dot > 0 && ANSWER_EXTENSIONS.contains(name.substring(dot + 1))
        || name.equals("answers.md")
        || name.equals("answers.py");
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static List<Path> list(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }
}
