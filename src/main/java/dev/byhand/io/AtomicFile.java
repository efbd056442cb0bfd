package dev.byhand.io;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * A file being replaced so that readers only ever see its previous complete version or its new
 * complete version: the content goes to a hidden temporary file beside the target, {@code
 * .<name>.<random>.tmp}, which {@link #commit} renames over the target. Closing without committing
 * deletes the temporary file and leaves the target alone. A process killed mid-write leaves only
 * such a temporary file, which {@link #removeStale} deletes later. Not thread-safe; different
 * instances may be written on different threads.
 */
public final class AtomicFile implements AutoCloseable {
  /** What a committed file survives. */
  public enum Durability {
    /** The process being killed at any moment: rename only. For outputs a rerun makes again. */
    RENAMED,
    /** Also a power cut: the file is forced to disk before the rename, the folder after. */
    SYNCED
  }

  /** {@code .<name>.<anything without a dot>.tmp}: this class's names and earlier versions'. */
  private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[^.]+\\.tmp");

  /** The random part of this process's temporary names, drawn once; a counter follows it. */
  private static final String RUN = randomHex(8);

  private static final AtomicLong NEXT = new AtomicLong();

  private final Path target;
  private final Path temporary;
  private final Durability durability;
  private final FileChannel channel;

  /** The stream or writer handed out, closed (so flushed) by {@link #commit}; null before. */
  private Closeable content;

  private boolean closed;

  private AtomicFile(Path target, Durability durability) throws IOException {
    this.target = target;
    this.durability = durability;
    this.temporary =
        target.resolveSibling(
            "."
                + target.getFileName()
                + "."
                + RUN
                + Long.toHexString(NEXT.getAndIncrement())
                + ".tmp");
    this.channel = createNew(temporary);
  }

  /**
   * Starts replacing {@code target}, creating its folder if needed; nothing is visible there until
   * {@link #commit}. The temporary file gets the permissions of any new file, unlike {@code
   * Files.createTempFile}'s private ones: reports are meant to be shared.
   */
  public static AtomicFile begin(Path target, Durability durability) throws IOException {
    requireNonNull(durability, "durability");
    return new AtomicFile(requireNonNull(target, "target").toAbsolutePath(), durability);
  }

  /** Writes the whole of {@code content} (UTF-8) to {@code target} atomically. */
  public static void write(Path target, String content, Durability durability) throws IOException {
    try (AtomicFile file = begin(target, durability)) {
      file.writer().write(content);
      file.commit();
    }
  }

  /** The new content as bytes, buffered. Use this or {@link #writer}, once. */
  public OutputStream stream() {
    return opened(new BufferedOutputStream(Channels.newOutputStream(channel)));
  }

  /**
   * The new content as UTF-8 text, buffered; a lone surrogate is written as {@code ?}. Use this or
   * {@link #stream}, once.
   */
  public Writer writer() {
    OutputStream bytes = Channels.newOutputStream(channel);
    return opened(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8)));
  }

  private <T extends Closeable> T opened(T stream) {
    if (content != null) {
      throw new IllegalStateException("the content of " + target + " is already being written");
    }
    content = stream;
    return stream;
  }

  /** Renames the new content into place, forced to disk first if {@link Durability#SYNCED}. */
  public void commit() throws IOException {
    if (closed) {
      throw new IllegalStateException(target + " was already committed or closed");
    }
    closeContent();
    if (durability == Durability.SYNCED) {
      try (FileChannel written = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        written.force(true);
      }
    }
    move(temporary, target);
    closed = true;
    if (durability == Durability.SYNCED) {
      syncFolder(target.getParent());
    }
  }

  /** Deletes the temporary file unless the new content was committed. */
  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      try {
        closeContent();
      } finally {
        Files.deleteIfExists(temporary);
      }
    }
  }

  private void closeContent() throws IOException {
    try {
      if (content != null) {
        content.close();
      }
    } finally {
      channel.close();
    }
  }

  /**
   * Deletes the temporary files that processes killed mid-write left in {@code folder}: hidden
   * regular files named as {@link #begin} names them, last modified before {@code runStart}, so
   * files that a run still writing is working on are left alone.
   *
   * @return how many were deleted
   */
  public static int removeStale(Path folder, Instant runStart) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*.tmp")) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (TEMPORARY.matcher(name).matches() && modifiedBefore(entry, runStart)) {
          removed += Files.deleteIfExists(entry) ? 1 : 0;
        }
      }
    }
    return removed;
  }

  private static boolean modifiedBefore(Path file, Instant instant) {
    try {
      return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          && Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS)
              .toInstant()
              .isBefore(instant);
    } catch (IOException e) {
      // Gone meanwhile, or unreadable: not ours to delete.
      return false;
    }
  }

  private static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  private static FileChannel createNew(Path temporary) throws IOException {
    try {
      return FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (NoSuchFileException e) {
      // The folder is created on first need, not checked for each of thousands of reports.
      Files.createDirectories(temporary.getParent());
      return FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
  }

  private static void move(Path temporary, Path target) throws IOException {
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Some file systems (network shares) cannot rename atomically; replacing is the best left.
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Makes the rename itself durable where the platform can (Linux and macOS; not Windows). */
  private static void syncFolder(Path folder) {
    try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
      directory.force(true);
    } catch (IOException e) {
      // Windows cannot open a folder as a channel; its renames are journaled by NTFS.
    }
  }
}
