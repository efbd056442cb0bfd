package dev.byhand.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.LinkOption;
import java.time.Instant;
import java.util.List;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A file being written so that readers only ever see the previous complete version or the new
 * complete version: the content goes to a temporary file beside the target, which {@link #commit}
 * renames over it. Closing without committing deletes the temporary file and leaves the target alone.
 */
public final class AtomicFile implements AutoCloseable {
  private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[^.]+\\.tmp");
  /**
   * The random part of this JVM's temporary names, drawn once: a UUID per file cost a SecureRandom
   * draw and a SHA-1 block under a lock, for each of thousands of reports. A counter after it keeps
   * the names of one run apart; CREATE_NEW still refuses any name that exists.
   */
  private static final String RUN = randomHex(12);
  private static final AtomicLong NEXT = new AtomicLong();
  private final Path target;
  private final Path temporary;
  private final Writer writer;
  private boolean committed;

  private AtomicFile(Path target) throws IOException {
    this.target = target;
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    this.temporary = temporaryFor(folder.resolve(target.getFileName()));
    this.writer = Utf8Writer.to(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE));
  }

  /** Starts writing {@code target} (UTF-8); nothing is visible there until {@link #commit}. */
  public static AtomicFile begin(Path target) throws IOException {
    return new AtomicFile(target);
  }

  /** Writes the whole of {@code content} to {@code target} atomically. */
  public static void write(Path target, String content) throws IOException {
    try (AtomicFile file = begin(target)) {
      file.writer().write(content);
      file.commit();
    }
  }

  /**
   * Writes {@code content} (all its remaining bytes) to {@code target} atomically, with one write
   * call: the way reports are written, thousands per run, so the folder is created only when the
   * first attempt finds it missing rather than checked for every file.
   */
  public static void write(Path target, ByteBuffer content) throws IOException {
    Path temporary = temporaryFor(target.toAbsolutePath());
    try {
      try (FileChannel channel = createNew(temporary)) {
        while (content.hasRemaining()) {
          channel.write(content);
        }
      }
      move(temporary, target);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  private static FileChannel createNew(Path temporary) throws IOException {
    try {
      return FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (NoSuchFileException e) {
      Files.createDirectories(temporary.getParent());
      return FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
  }

  /**
   * {@code .<name>.<random>.tmp} beside {@code target}. Not Files.createTempFile: its files are
   * private (0600), and reports are meant to be shared. Created with CREATE_NEW, a random name gets
   * the permissions of any new file (the umask decides).
   */
  private static Path temporaryFor(Path target) {
    return target.resolveSibling("." + target.getFileName() + "." + RUN + Long.toHexString(NEXT.getAndIncrement())
        + ".tmp");
  }

  private static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  /** Something that writes bytes to a stream. */
  @FunctionalInterface
  public interface ByteContent {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes the bytes {@code content} produces to {@code target} atomically (e.g. a zip). */
  public static void writeBytes(Path target, ByteContent content) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
        content.writeTo(out);
      }
      move(temporary, target);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Deletes the temporary files an earlier, killed run left in {@code folder}: hidden files named
   * {@code .<name>.<random>.tmp}, as {@link #begin} and {@link #writeBytes} create them, last
   * modified before {@code runStart}. Files of a run still writing (newer) are left alone.
   *
   * @return how many were deleted
   */
  public static int removeStale(Path folder, Instant runStart) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    List<Path> stale;
    try (Stream<Path> entries = Files.list(folder)) {
      stale = entries.filter(p -> TEMPORARY.matcher(p.getFileName().toString()).matches())
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> modifiedBefore(p, runStart))
          .toList();
    }
    for (Path file : stale) {
      Files.deleteIfExists(file);
    }
    return stale.size();
  }

  private static boolean modifiedBefore(Path file, Instant instant) {
    try {
      return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(instant);
    } catch (IOException e) {
      return false;
    }
  }

  public Writer writer() {
    return writer;
  }

  /**
   * Flushes and renames the new content into place. It does not fsync: a killed process never
   * leaves a half file, but a power cut right after may lose the newest version.
   */
  public void commit() throws IOException {
    writer.close();
    move(temporary, target);
    committed = true;
  }

  private static void move(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Some file systems (network shares) cannot rename atomically; replacing is the best left.
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      writer.close();
      Files.deleteIfExists(temporary);
    }
  }
}
