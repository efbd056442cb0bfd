package dev.byhand.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * A {@link Writer} that encodes one report page straight into a byte array in memory, giving the
 * same bytes as an {@code OutputStreamWriter} for UTF-8 (a lone surrogate becomes {@code ?}), and
 * copies template text that {@link TemplateFactory} encoded once. With {@link TemplateFactory}'s
 * escaping it replaces Mustache.java's {@code HtmlEscaper} and a JDK writer for student pages only,
 * because those cost measurably more at 10,000 students (docs/PERFORMANCE.md); {@code
 * TemplateFactoryEscapingTest} pins the escaping to Mustache.java's for every character. Not
 * thread-safe.
 */
final class Utf8Writer extends Writer {
  private static final int ASCII = 0x80;

  /** An escaping table that replaces nothing. */
  private static final byte[][] NO_ESCAPES = new byte[ASCII][];

  /** Template texts and their bytes; null when there are none (a streaming writer). */
  private final Map<String, byte[]> encodedText;

  private byte[] bytes;
  private int count;

  /** A high surrogate written last, waiting for the low surrogate that completes it; else 0. */
  private char pendingHigh;

  private Utf8Writer(int capacity, Map<String, byte[]> encodedText) {
    this.bytes = new byte[capacity];
    this.encodedText = encodedText.isEmpty() ? null : encodedText;
  }

  /** Keeps every byte in memory; read them with {@link #toByteBuffer}. */
  static Utf8Writer inMemory(int initialCapacity) {
    return inMemory(initialCapacity, Map.of());
  }

  /**
   * Keeps every byte in memory, copying the bytes of a string that {@code encodedText} already
   * holds (a template's literal text, see {@link TemplateFactory}) rather than encoding it again.
   */
  static Utf8Writer inMemory(int initialCapacity, Map<String, byte[]> encodedText) {
    return new Utf8Writer(initialCapacity, encodedText);
  }

  @Override
  public void write(int c) throws IOException {
    if (c < ASCII && pendingHigh == 0 && count < bytes.length) {
      bytes[count++] = (byte) c; // JsonWriter writes its punctuation one char at a time
    } else {
      encode((char) c);
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    grow(length);
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

  private void writeEscaped(String text, int from, int to, byte[][] replacements)
      throws IOException {
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
   * Everything written so far, as UTF-8, positioned at its first byte. A view of this writer's
   * array, not a copy.
   */
  ByteBuffer toByteBuffer() {
    if (pendingHigh != 0) {
      pendingHigh = 0;
      grow(1);
      bytes[count++] = '?';
    }
    return ByteBuffer.wrap(bytes, 0, count);
  }

  /**
   * Forgets everything written so far, keeping the buffer: a thread renders thousands of reports,
   * and the JVM zeroes every fresh array. A buffer from {@link #toByteBuffer} is invalid
   * afterwards.
   */
  void clear() {
    count = 0;
    pendingHigh = 0;
  }

  @Override
  public String toString() {
    ByteBuffer content = toByteBuffer();
    return new String(content.array(), 0, content.limit(), StandardCharsets.UTF_8);
  }

  @Override
  public void flush() {
    // Everything is in memory already.
  }

  @Override
  public void close() throws IOException {
    finishPendingSurrogate();
  }

  private void encode(char c) throws IOException {
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        int codePoint = Character.toCodePoint(high, c);
        grow(4);
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
      grow(2);
      bytes[count++] = (byte) (0xC0 | (c >> 6));
      bytes[count++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else if (Character.isLowSurrogate(c)) {
      putByte('?');
    } else {
      grow(3);
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
      grow(1);
    }
    bytes[count++] = (byte) b;
  }

  private void put(byte[] encoded) throws IOException {
    grow(encoded.length);
    System.arraycopy(encoded, 0, bytes, count, encoded.length);
    count += encoded.length;
  }

  private void grow(int more) {
    if (more > bytes.length - count) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
    }
  }
}
