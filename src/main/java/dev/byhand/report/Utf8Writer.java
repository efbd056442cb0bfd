package dev.byhand.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * A {@link Writer} that encodes straight into a byte array, giving the same bytes as an {@code
 * OutputStreamWriter} for UTF-8 (a lone surrogate becomes {@code ?}). Either it keeps everything in
 * memory ({@link #inMemory}, for one report page) or it drains to a stream whenever its buffer is
 * full ({@link #to}, for files of any size).
 *
 * <p>Why not {@code StringWriter} and {@code BufferedWriter}: one non-Latin-1 character in a page
 * (the {@code —} of its title) makes the JVM hold the whole page as UTF-16, and a JDK writer then
 * copies it char by char through the encoder's slow path, under a lock for every call. Here each
 * character is encoded once, as it is written. Not thread-safe.
 */
final class Utf8Writer extends Writer {
  private static final int ASCII = 0x80;
  /** An escaping table that replaces nothing. */
  private static final byte[][] NO_ESCAPES = new byte[ASCII][];
  private static final int STREAM_BUFFER = 32 * 1024;

  private final OutputStream sink;
  /** Template texts and their bytes; null when there are none (a streaming writer). */
  private final Map<String, byte[]> encodedText;
  private byte[] bytes;
  private int count;
  /** A high surrogate written last, waiting for the low surrogate that completes it; else 0. */
  private char pendingHigh;

  private Utf8Writer(OutputStream sink, int capacity, Map<String, byte[]> encodedText) {
    this.sink = sink;
    this.bytes = new byte[capacity];
    this.encodedText = encodedText.isEmpty() ? null : encodedText;
  }

  /** Keeps every byte in memory; read them with {@link #toByteBuffer}. */
  static Utf8Writer inMemory(int initialCapacity) {
    return inMemory(initialCapacity, Map.of());
  }

  /**
   * Keeps every byte in memory, copying the bytes of a string that {@code encodedText} already holds
   * (a template's literal text, see {@link TemplateFactory}) rather than encoding it again.
   */
  static Utf8Writer inMemory(int initialCapacity, Map<String, byte[]> encodedText) {
    return new Utf8Writer(null, initialCapacity, encodedText);
  }

  /** Writes to {@code sink} in blocks; {@link #close} closes it. */
  static Utf8Writer to(OutputStream sink) {
    return new Utf8Writer(sink, STREAM_BUFFER, Map.of());
  }

  @Override
  public void write(int c) throws IOException {
    if (c < ASCII && pendingHigh == 0 && count < bytes.length) {
      bytes[count++] = (byte) c;  // JsonWriter writes its punctuation one char at a time
    } else {
      encode((char) c);
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    reserve(length);
    for (int i = offset; i < offset + length; i++) {
      encode(chars[i]);
    }
  }

  /** Mustache.java writes a template's literal text with this method, values and escapes never. */
  @Override
  public void write(String text) throws IOException {
    byte[] encoded = encodedText != null && pendingHigh == 0 ? encodedText.get(text) : null;
    if (encoded != null) {
      put(encoded);
    } else {
      write(text, 0, text.length());
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    // JsonWriter writes many short ASCII pieces (an indent, a name, a number): the whole of such a
    // piece is copied here without going through the general loop's calls.
    int end = offset + length;
    if (pendingHigh == 0 && length <= bytes.length - count) {
      byte[] buffer = bytes;
      int at = count;
      int i = offset;
      for (; i < end; i++) {
        char c = text.charAt(i);
        if (c >= ASCII) {
          break;
        }
        buffer[at++] = (byte) c;
      }
      count = at;
      offset = i;
    }
    if (offset < end) {
      writeEscaped(text, offset, end, NO_ESCAPES);
    }
  }

  /**
   * Writes {@code text} with each ASCII character {@code c} replaced by the bytes {@code
   * replacements[c]} where those are not null (an escaping table of 128 entries).
   */
  void writeEscaped(String text, byte[][] replacements) throws IOException {
    writeEscaped(text, 0, text.length(), replacements);
  }

  private void writeEscaped(String text, int from, int to, byte[][] replacements) throws IOException {
    int i = from;
    while (i < to) {
      i = copyPlainAscii(text, i, to, replacements);
      if (i < to) {
        char c = text.charAt(i++);
        byte[] replacement = c < ASCII ? replacements[c] : null;
        if (replacement == null) {
          encode(c);
        } else {
          finishPendingSurrogate();
          put(replacement);
        }
      }
    }
  }

  /**
   * The usual case in one tight loop, since this is most of a report's cost once compiled with C1
   * only: copies ASCII characters that need no replacement while the buffer has room; returns the
   * index of the first character it left.
   */
  private int copyPlainAscii(String text, int from, int to, byte[][] replacements) {
    if (pendingHigh != 0) {
      return from;
    }
    byte[] buffer = bytes;
    int at = count;
    int end = Math.min(to, from + buffer.length - at);
    int i = from;
    for (; i < end; i++) {
      char c = text.charAt(i);
      if (c >= ASCII || replacements[c] != null) {
        break;
      }
      buffer[at++] = (byte) c;
    }
    count = at;
    return i;
  }

  @Override
  public Writer append(CharSequence text) throws IOException {
    String string = String.valueOf(text);
    write(string, 0, string.length());
    return this;
  }

  /** Without the substring that {@link Writer#append(CharSequence, int, int)} would make. */
  @Override
  public Writer append(CharSequence text, int start, int end) throws IOException {
    if (text instanceof String string) {
      write(string, start, end - start);
    } else {
      String string = String.valueOf(text).substring(start, end);
      write(string, 0, string.length());
    }
    return this;
  }

  /**
   * Everything written so far, as UTF-8, positioned at its first byte. A view of this writer's array,
   * not a copy. Only for {@link #inMemory} writers.
   */
  ByteBuffer toByteBuffer() {
    if (sink != null) {
      throw new IllegalStateException("a streaming writer keeps only its last block");
    }
    if (pendingHigh != 0) {
      pendingHigh = 0;
      grow(1);
      bytes[count++] = '?';
    }
    return ByteBuffer.wrap(bytes, 0, count);
  }

  /**
   * Forgets everything written so far, keeping the buffer: a thread renders thousands of reports, and
   * a fresh 32 KB array for each (zeroed by the JVM) was measured at a tenth of a report's render cost.
   * Only for {@link #inMemory} writers; a buffer from {@link #toByteBuffer} is invalid afterwards.
   */
  void clear() {
    if (sink != null) {
      throw new IllegalStateException("a streaming writer drains its buffer itself");
    }
    count = 0;
    pendingHigh = 0;
  }

  @Override
  public String toString() {
    ByteBuffer content = toByteBuffer();
    return new String(content.array(), 0, content.limit(), StandardCharsets.UTF_8);
  }

  @Override
  public void flush() throws IOException {
    if (sink != null) {
      drain();
      sink.flush();
    }
  }

  @Override
  public void close() throws IOException {
    finishPendingSurrogate();
    if (sink != null) {
      drain();
      sink.close();
    }
  }

  private void encode(char c) throws IOException {
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        int codePoint = Character.toCodePoint(high, c);
        ensure(4);
        bytes[count++] = (byte) (0xF0 | (codePoint >> 18));
        bytes[count++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        bytes[count++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        bytes[count++] = (byte) (0x80 | (codePoint & 0x3F));
        return;
      }
      putByte('?');
    }
    if (c < 0x80) {
      putByte(c);
    } else if (c < 0x800) {
      ensure(2);
      bytes[count++] = (byte) (0xC0 | (c >> 6));
      bytes[count++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else if (Character.isLowSurrogate(c)) {
      putByte('?');
    } else {
      ensure(3);
      bytes[count++] = (byte) (0xE0 | (c >> 12));
      bytes[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      bytes[count++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  private void finishPendingSurrogate() throws IOException {
    if (pendingHigh != 0) {
      pendingHigh = 0;
      putByte('?');
    }
  }

  private void putByte(int b) throws IOException {
    if (count == bytes.length) {
      ensure(1);
    }
    bytes[count++] = (byte) b;
  }

  private void put(byte[] encoded) throws IOException {
    if (sink != null && encoded.length > bytes.length - count) {
      drain();
      if (encoded.length > bytes.length) {
        writeToSink(encoded, encoded.length);
        return;
      }
    }
    ensure(encoded.length);
    System.arraycopy(encoded, 0, bytes, count, encoded.length);
    count += encoded.length;
  }

  /** Makes room for {@code chars} characters of mostly ASCII text at once, growing in-memory writers. */
  private void reserve(int chars) throws IOException {
    if (sink == null) {
      ensure(chars);
    }
  }

  private void ensure(int more) throws IOException {
    if (more <= bytes.length - count) {
      return;
    }
    if (sink != null) {
      drain();
    } else {
      grow(more);
    }
  }

  private void grow(int more) {
    if (more > bytes.length - count) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
    }
  }

  private void drain() throws IOException {
    writeToSink(bytes, count);
    count = 0;
  }

  private void writeToSink(byte[] block, int length) throws IOException {
    sink.write(block, 0, length);
  }
}
