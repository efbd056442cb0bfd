package dev.byhand.submission;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Turns a file's bytes into text the way spreadsheets save it: UTF-8 with or without BOM, UTF-16
 * with or without BOM (Excel's "Unicode text"), or windows-1252 when that is clearly what it is.
 */
final class TextDecoder {
  private static final String SAVE_UTF8 =
      "save it as UTF-8 (in Excel: File → Save As → CSV UTF-8; in an editor: Save with Encoding UTF-8)";
  private static final int SAMPLE = 512;
  private static final char UNDEFINED = '\uFFFF';

  /** Bytes 0x80 to 0x9F in windows-1252 (the rest is ISO-8859-1); U+FFFF where it defines none. */
  private static final String WINDOWS_1252_80_9F =
      "\u20AC\uFFFF\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFF\u017D\uFFFF"
          + "\uFFFF\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFF\u017E\u0178";

  private TextDecoder() {}

  /** The text of {@code bytes}, without a byte order mark. */
  static String decode(byte[] bytes) {
    if (FileSniffer.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(tail(bytes, 3), StandardCharsets.UTF_8).orElseThrow(TextDecoder::notUtf8);
    }
    if (FileSniffer.startsWith(bytes, 0xFF, 0xFE)) {
      return utf16(tail(bytes, 2), StandardCharsets.UTF_16LE);
    }
    if (FileSniffer.startsWith(bytes, 0xFE, 0xFF)) {
      return utf16(tail(bytes, 2), StandardCharsets.UTF_16BE);
    }
    Optional<Charset> utf16 = utf16WithoutBom(bytes);
    if (utf16.isPresent()) {
      return utf16(bytes, utf16.get());
    }
    boolean ascii = true;
    for (byte b : bytes) {
      if (b == 0) {
        throw binary();
      }
      ascii &= b > 0;
    }
    // ASCII reads the same in UTF-8, without a strict decoder (which cost more than the parsing).
    return ascii ? new String(bytes, StandardCharsets.US_ASCII) : withoutNul(eightBit(bytes));
  }

  private static String eightBit(byte[] bytes) {
    Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return utf8.get();
    }
    return windows1252(bytes).filter(TextDecoder::plausible).orElseThrow(TextDecoder::notUtf8);
  }

  /**
   * Windows-1252 as Java's strict decoder reads it (its five undefined bytes refused). By hand: the
   * browser build's class library (TeaVM) has no windows-1252, and the self-check page reads files
   * too.
   */
  private static Optional<String> windows1252(byte[] bytes) {
    StringBuilder text = new StringBuilder(bytes.length);
    for (byte b : bytes) {
      char c = windows1252(b & 0xFF);
      if (c == UNDEFINED) {
        return Optional.empty();
      }
      text.append(c);
    }
    return Optional.of(text.toString());
  }

  private static String utf16(byte[] bytes, Charset charset) {
    return strict(bytes, charset)
        .map(TextDecoder::withoutNul)
        .orElseThrow(() -> new Unreadable("the file is not valid UTF-16 text; " + SAVE_UTF8));
  }

  /** UTF-16 of mostly-ASCII text has a NUL in every other byte. */
  /** The windows-1252 character of byte {@code unsigned} (0-255); U+FFFF where it defines none. */
  static char windows1252(int unsigned) {
    return unsigned >= 0x80 && unsigned < 0xA0
        ? WINDOWS_1252_80_9F.charAt(unsigned - 0x80)
        : (char) unsigned;
  }

  private static Optional<Charset> utf16WithoutBom(byte[] bytes) {
    int pairs = Math.min(bytes.length, SAMPLE) / 2;
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < pairs; i++) {
      evenNul += bytes[2 * i] == 0 && bytes[2 * i + 1] != 0 ? 1 : 0;
      oddNul += bytes[2 * i + 1] == 0 && bytes[2 * i] != 0 ? 1 : 0;
    }
    if (pairs > 0 && evenNul * 10 >= pairs * 9) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (pairs > 0 && oddNul * 10 >= pairs * 9) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static String withoutNul(String text) {
    if (text.indexOf('\0') >= 0) {
      throw binary();
    }
    return text.startsWith("\ufeff") ? text.substring(1) : text;
  }

  /** Windows-1252 text from a student has no control characters besides tabs and line breaks. */
  private static boolean plausible(String text) {
    return text.chars()
        .noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
  }

  private static Optional<String> strict(byte[] bytes, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static Unreadable binary() {
    return new Unreadable(
        "this is a binary file, not text; submit your answers as a CSV or JSON text file");
  }

  private static Unreadable notUtf8() {
    return new Unreadable("the file is not UTF-8 text; " + SAVE_UTF8);
  }

  private static byte[] tail(byte[] bytes, int from) {
    return Arrays.copyOfRange(bytes, from, bytes.length);
  }
}
