package dev.byhand.submission;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Recognises binary files by their magic bytes, so a screenshot or a workbook gets a real fix. */
final class FileSniffer {
  private static final String AS_TEXT = "submit your answers as a CSV or JSON text file";
  private static final String EXPORT_CSV = "export it as CSV (File → Save As → CSV UTF-8)";
  private static final String ZIP = "zip";

  private record Magic(int[] bytes, String why) {}

  private static final List<Magic> MAGIC =
      List.of(
          new Magic(
              new int[] {0x89, 'P', 'N', 'G'},
              "this is a PNG image, not text; " + AS_TEXT + " (a screenshot cannot be graded)"),
          new Magic(
              new int[] {0xFF, 0xD8, 0xFF},
              "this is a JPEG image, not text; " + AS_TEXT + " (a photo cannot be graded)"),
          new Magic(new int[] {'G', 'I', 'F', '8'}, "this is a GIF image, not text; " + AS_TEXT),
          new Magic(
              new int[] {'%', 'P', 'D', 'F'},
              "this is a PDF, not text; " + AS_TEXT + " (copy the numbers out of the PDF)"),
          new Magic(
              new int[] {0xD0, 0xCF, 0x11, 0xE0},
              "this is an old Office file (.xls or .doc); " + EXPORT_CSV),
          new Magic(new int[] {'P', 'K', 3, 4}, ZIP),
          new Magic(new int[] {'P', 'K', 5, 6}, ZIP));

  private FileSniffer() {}

  /** Why {@code bytes} are not an answers file, or empty when they may be text. */
  static Optional<String> binary(byte[] bytes) {
    return MAGIC.stream()
        .filter(magic -> startsWith(bytes, magic.bytes()))
        .findFirst()
        .map(magic -> magic.why().equals(ZIP) ? zip(bytes) : magic.why());
  }

  /** Office files are zips; their entry names (stored uncompressed) say which application. */
  private static String zip(byte[] bytes) {
    String names = new String(bytes, StandardCharsets.ISO_8859_1);
    if (names.contains("xl/")) {
      return "this is an Excel workbook; " + EXPORT_CSV;
    }
    if (names.contains("word/")) {
      return "this is a Word document; " + AS_TEXT + " (copy the answers into a plain text file)";
    }
    if (names.contains("opendocument.spreadsheet")) {
      return "this is a LibreOffice/OpenOffice spreadsheet; " + EXPORT_CSV;
    }
    if (names.contains("opendocument.text")) {
      return "this is a LibreOffice/OpenOffice document; " + AS_TEXT;
    }
    return "this is a zip archive; submit the answers file itself, not a zip";
  }

  static boolean startsWith(byte[] bytes, int... magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
