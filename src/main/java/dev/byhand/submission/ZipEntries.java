package dev.byhand.submission;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The entries of a zip file (Word, Excel and LibreOffice files are zips), read from its central
 * directory. Untrusted: only the entries asked for are inflated, each to at most {@link
 * #MAX_ENTRY_BYTES} and all together to at most {@link #MAX_TOTAL_BYTES}, so a zip bomb stops at
 * the bound; every offset is checked, so a truncated or damaged file is a {@link Damaged}, never a
 * hang or an exception from the JDK. Plain Java ({@link Inflater}), so the self-check page reads
 * these files too.
 */
final class ZipEntries {
  static final int MAX_ENTRY_BYTES = 8 * 1024 * 1024;
  static final int MAX_TOTAL_BYTES = 16 * 1024 * 1024;
  private static final int MAX_ENTRIES = 10_000;
  private static final int END_SIZE = 22;
  private static final int END_SIGNATURE = 0x06054b50;
  private static final int CENTRAL_SIGNATURE = 0x02014b50;
  private static final int LOCAL_SIGNATURE = 0x04034b50;

  /** A zip that cannot be read as one; the message says what was found. */
  static final class Damaged extends Exception {
    private static final long serialVersionUID = 1L;

    Damaged(String message) {
      super(message, null, false, false);
    }
  }

  private record Entry(int method, int compressedSize, int localHeader) {}

  private final byte[] zip;
  private final Map<String, Entry> entries;
  private int inflated;

  private ZipEntries(byte[] zip, Map<String, Entry> entries) {
    this.zip = zip;
    this.entries = entries;
  }

  /** The zip {@code bytes} are, with its directory read; its entries are inflated on demand. */
  static ZipEntries of(byte[] bytes) throws Damaged {
    int end = endRecord(bytes);
    int count = u16(bytes, end + 10);
    int offset = u32(bytes, end + 16);
    if (count > MAX_ENTRIES) {
      throw new Damaged("it lists " + count + " files, more than any document holds");
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      need(bytes, offset, 46);
      if (u32(bytes, offset) != CENTRAL_SIGNATURE) {
        throw new Damaged("its table of contents is damaged");
      }
      int nameLength = u16(bytes, offset + 28);
      need(bytes, offset + 46, nameLength);
      String name = new String(bytes, offset + 46, nameLength, StandardCharsets.UTF_8);
      entries.putIfAbsent(
          name,
          new Entry(u16(bytes, offset + 10), u32(bytes, offset + 20), u32(bytes, offset + 42)));
      offset += 46 + nameLength + u16(bytes, offset + 30) + u16(bytes, offset + 32);
    }
    return new ZipEntries(bytes, entries);
  }

  /** The names of the entries, in the directory's order. */
  List<String> names() {
    return List.copyOf(entries.keySet());
  }

  /** The inflated bytes of entry {@code name}, or empty when there is none. */
  Optional<byte[]> read(String name) throws Damaged {
    Entry entry = entries.get(name);
    if (entry == null) {
      return Optional.empty();
    }
    int local = entry.localHeader();
    need(zip, local, 30);
    if (u32(zip, local) != LOCAL_SIGNATURE) {
      throw new Damaged("the part " + name + " is not where its table of contents says");
    }
    int data = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
    need(zip, data, entry.compressedSize());
    byte[] bytes =
        switch (entry.method()) {
          case 0 -> stored(data, entry.compressedSize(), name);
          case 8 -> inflate(data, entry.compressedSize(), name);
          default ->
              throw new Damaged(
                  "the part " + name + " is compressed in a way byhand does not read");
        };
    inflated += bytes.length;
    return Optional.of(bytes);
  }

  private byte[] stored(int data, int size, String name) throws Damaged {
    if (size > Math.min(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES - inflated)) {
      throw tooLarge(name);
    }
    byte[] bytes = new byte[size];
    System.arraycopy(zip, data, bytes, 0, size);
    return bytes;
  }

  private byte[] inflate(int data, int size, String name) throws Damaged {
    int limit = Math.min(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES - inflated);
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(zip, data, size);
      byte[] out = new byte[Math.min(limit + 1, Math.max(1024, size * 4))];
      int length = 0;
      int stalls = 0;
      while (!inflater.finished()) {
        if (length == out.length) {
          if (length > limit) {
            throw tooLarge(name);
          }
          out = Arrays.copyOf(out, Math.min(limit + 1, out.length * 2));
        }
        int n = inflater.inflate(out, length, out.length - length);
        stalls = n == 0 ? stalls + 1 : 0;
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary() || stalls > 2)) {
          throw new Damaged("the part " + name + " is cut short");
        }
        length += n;
      }
      if (length > limit) {
        throw tooLarge(name);
      }
      return Arrays.copyOf(out, length);
    } catch (DataFormatException e) {
      throw new Damaged("the part " + name + " is damaged");
    } finally {
      inflater.end();
    }
  }

  private static Damaged tooLarge(String name) {
    return new Damaged(
        "the part " + name + " unpacks to more than " + (MAX_ENTRY_BYTES >> 20) + " MiB");
  }

  /** The end of central directory record, searched back over a comment of up to 64 KiB. */
  private static int endRecord(byte[] bytes) throws Damaged {
    int last = bytes.length - END_SIZE;
    for (int at = last; at >= 0 && at >= last - 0xFFFF; at--) {
      if (u32(bytes, at) == END_SIGNATURE) {
        return at;
      }
    }
    throw new Damaged("it is cut short (its table of contents, at the end, is missing)");
  }

  private static void need(byte[] bytes, int offset, int length) throws Damaged {
    if (offset < 0 || length < 0 || offset > bytes.length - length) {
      throw new Damaged("it is cut short or damaged");
    }
  }

  private static int u16(byte[] bytes, int at) {
    return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
  }

  /** An unsigned 32-bit field; one beyond {@code int} (a zip64 marker) reads as negative. */
  private static int u32(byte[] bytes, int at) {
    return u16(bytes, at) | u16(bytes, at + 2) << 16;
  }
}
