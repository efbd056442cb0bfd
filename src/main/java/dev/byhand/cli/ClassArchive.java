package dev.byhand.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A class-data-sharing archive of byhand's own classes for the {@link TunedJvm}, kept in the user's
 * cache folder: the JVM maps the parsed and verified classes instead of loading some 1,200 of them
 * from the jar on every run. Java 17 has no flag that creates one when missing, so the first run after a
 * new jar or JDK records one ({@code -XX:ArchiveClassesAtExit}, about half a second more) and later
 * runs map it ({@code -XX:SharedArchiveFile}). Measured on a 10-student class: 0.60 user-seconds
 * against 0.85 without it.
 *
 * <p>The archive's name is a hash of the jar (path, size, time) and the JDK, so a rebuilt jar or
 * another JDK gets its own; the JVM checks the archive again itself and grades without it when it
 * does not match. A new archive is recorded under a temporary name, forced to disk and renamed
 * into place only when the run succeeded, so a killed run never leaves a half-written one. A
 * damaged archive can still crash the JVM that maps it (a truncated one does, measured):
 * {@link TunedJvm} then discards it and grades again without it.
 */
final class ClassArchive {
  /** Archives kept in the cache folder, newest first; about 10 MB each. */
  static final int KEPT = 3;
  /** How old a recording must be to count as left behind by a killed run. */
  static final long ABANDONED_MILLIS = 3_600_000;
  /** Crash reports of the tuned JVM kept in the cache folder, newest first: enough for a bug report. */
  static final int CRASH_REPORTS_KEPT = 3;
  /** Free space a recording needs in the cache folder: an archive is about 10 MB. */
  private static final long MIN_FREE_BYTES = 256L * 1024 * 1024;

  private final Path archive;
  /** The jar, absolute and normalised: the class path the archive is recorded and mapped with. */
  private final Path jar;

  private ClassArchive(Path archive, Path jar) {
    this.archive = archive;
    this.jar = jar;
  }

  /**
   * The class path to start the tuned JVM with: an archive records the class path as it was given,
   * and the same jar named another way would not match it.
   */
  String classPath() {
    return jar.toString();
  }

  Path path() {
    return archive;
  }

  /**
   * The archive for a class path that is one jar, or empty: a folder of classes, no cache folder,
   * or a jar whose path has a space, a {@code %} or a non-ASCII character (JDK 17 then maps none of
   * the jar's classes from the archive, measured: recording one would only cost time and disk).
   */
  static Optional<ClassArchive> forClassPath(String classPath) {
    if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
      return Optional.empty();
    }
    String absolute = Path.of(classPath).toAbsolutePath().normalize().toString();
    for (int i = 0; i < absolute.length(); i++) {
      char c = absolute.charAt(i);
      boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '.' || c == '_' || c == '-' || c == '/' || c == '\\' || c == ':';
      if (!plain) {
        return Optional.empty();
      }
    }
    try {
      Optional<Path> folder = cacheFolder();
      return folder.isPresent() ? Optional.of(forJar(Path.of(classPath), folder.get())) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The archive of {@code jar} on this JDK, in {@code folder}. */
  static ClassArchive forJar(Path jar, Path folder) throws IOException {
    Path absolute = jar.toAbsolutePath().normalize();
    String key = absolute + "|" + Files.size(absolute) + "|" + Files.getLastModifiedTime(absolute).toMillis()
        + "|" + System.getProperty("java.home") + "|" + System.getProperty("java.vm.version");
    return new ClassArchive(
        folder.resolve("byhand-" + Integer.toHexString(key.hashCode()) + "-" + key.length() + ".jsa"), absolute);
  }

  /**
   * The JVM options that map the archive, or record it when there is none yet and the cache folder
   * has room (a recording that cannot be written makes the JVM exit with 1 after a good run).
   * Should the JVM crash, its report goes to the cache folder, not the TA's working folder.
   */
  List<String> options() {
    // A mismatched archive is only a slower start; the JVM must not print about it.
    String quiet = "-Xlog:cds*=off";
    String errorFile = "-XX:ErrorFile=" + archive.resolveSibling("hs_err_pid%p.log");
    if (isMapped()) {
      return List.of(quiet, errorFile, "-XX:SharedArchiveFile=" + archive);
    }
    return hasRoom() ? List.of(quiet, errorFile, "-XX:ArchiveClassesAtExit=" + recording()) : List.of();
  }

  /** Whether {@link #options} map an existing archive (rather than record one). */
  boolean isMapped() {
    return Files.isRegularFile(archive);
  }

  /** Deletes the archive: the tuned JVM crashed while mapping it, so it must be damaged. */
  void discard() {
    try {
      Files.deleteIfExists(archive);
    } catch (IOException e) {
      // Then the next run crashes and tries again.
    }
  }

  private boolean hasRoom() {
    try {
      return Files.getFileStore(archive.getParent()).getUsableSpace() > MIN_FREE_BYTES;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * After the tuned JVM has exited: moves a newly recorded archive into place if the run succeeded
   * (and removes all but the newest {@link #KEPT} archives), or deletes it; after any successful
   * run, removes recordings that killed runs abandoned. Never fails: the archive is an optimisation.
   */
  void finish(boolean succeeded) {
    Path recorded = recording();
    try {
      if (succeeded && Files.isRegularFile(recorded)) {
        // On disk before it has its name: a truncated archive crashes the JVM that maps it.
        try (FileChannel channel = FileChannel.open(recorded, StandardOpenOption.READ)) {
          channel.force(true);
        }
        Files.move(recorded, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        removeOthers();
      } else {
        Files.deleteIfExists(recorded);
      }
      if (succeeded) {
        removeAbandoned();
        keepNewest("hs_err_pid*.log", CRASH_REPORTS_KEPT);
      }
    } catch (IOException | RuntimeException e) {
      // The next run records it again.
    }
  }

  /** Where this process's tuned JVM records a new archive: hidden, and unique to this process. */
  Path recording() {
    return archive.resolveSibling("." + archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
  }

  /** Keeps the newest {@link #KEPT} archives: a TA switching between two versions records neither again. */
  private void removeOthers() throws IOException {
    keepNewest("byhand-*.jsa", KEPT);
  }

  /** Deletes all but the {@code kept} newest files of the cache folder that match {@code glob}. */
  private void keepNewest(String glob, int kept) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> found = Files.newDirectoryStream(archive.getParent(), glob)) {
      found.forEach(files::add);
    }
    files.sort(Comparator.comparing(ClassArchive::modified).reversed());
    for (Path old : files.subList(Math.min(kept, files.size()), files.size())) {
      Files.deleteIfExists(old);
    }
  }

  /** A run killed while recording leaves its 10 MB recording behind; one an hour old is nobody's. */
  private void removeAbandoned() throws IOException {
    FileTime abandoned = FileTime.fromMillis(System.currentTimeMillis() - ABANDONED_MILLIS);
    try (DirectoryStream<Path> found = Files.newDirectoryStream(archive.getParent(), ".byhand-*.tmp")) {
      for (Path recording : found) {
        if (modified(recording).compareTo(abandoned) < 0) {
          Files.deleteIfExists(recording);
        }
      }
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  /** {@code $XDG_CACHE_HOME/byhand}, {@code ~/.cache/byhand} or {@code %LOCALAPPDATA%\byhand}, private to the user. */
  private static Optional<Path> cacheFolder() throws IOException {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    String base = windows ? System.getenv("LOCALAPPDATA") : System.getenv("XDG_CACHE_HOME");
    Path folder;
    // The XDG spec: a relative XDG_CACHE_HOME is invalid and ignored.
    if (base != null && !base.isBlank() && Path.of(base).isAbsolute()) {
      folder = Path.of(base, "byhand");
    } else if (!windows && System.getProperty("user.home") != null) {
      folder = Path.of(System.getProperty("user.home"), ".cache", "byhand");
    } else {
      return Optional.empty();
    }
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(folder);
      if (posix) {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      }
    }
    // Another user must not be able to plant classes for this one to map: the folder is ours alone
    // (writable by us, and by nobody in its group or beyond; a folder of another user with these
    // permissions would not be writable by us).
    boolean private_ = !posix || PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)).endsWith("------");
    return private_ && Files.isWritable(folder) ? Optional.of(folder) : Optional.empty();
  }
}
