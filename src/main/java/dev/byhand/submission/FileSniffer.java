package dev.byhand.submission;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Recognises binary files by their magic bytes, so a screenshot or a workbook gets a real fix. */
final class FileSniffer {
  private static final String AS_TEXT = "submit your answers as a CSV or JSON text file";
  private static final String EXPORT_CSV = "export it as CSV (File → Save As → CSV UTF-8)";
  private static final String OLD_OFFICE = "old Office";

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
          new Magic(new int[] {0xD0, 0xCF, 0x11, 0xE0}, OLD_OFFICE));

  private FileSniffer() {}

  /** Why {@code bytes} are not an answers file, or empty when they may be text. */
  static Optional<String> binary(byte[] bytes) {
    return MAGIC.stream()
        .filter(magic -> startsWith(bytes, magic.bytes()))
        .findFirst()
        .map(magic -> magic.why().equals(OLD_OFFICE) ? oldOffice(bytes) : magic.why());
  }

  /** Word 97 and Excel 97 files share one container; its stream names (UTF-16) say which. */
  private static String oldOffice(byte[] bytes) {
    String names = new String(bytes, StandardCharsets.ISO_8859_1);
    if (names.contains(utf16("WordDocument"))) {
      return "this is an old Word file (.doc, Word 97-2003), which byhand does not read;"
          + " save it as .docx (File → Save As → Word Document) or as plain text (.txt)";
    }
    if (names.contains(utf16("Workbook")) || names.contains(utf16("Book"))) {
      return "this is an old Excel file (.xls, Excel 97-2003); " + EXPORT_CSV;
    }
    return "this is an old Office file (.xls or .doc); " + EXPORT_CSV;
  }

  private static String utf16(String name) {
    StringBuilder wide = new StringBuilder();
    for (char c : name.toCharArray()) {
      wide.append(c).append('\0');
    }
    return wide.toString();
  }

  /** Whether {@code bytes} are a zip file (Word, Excel and LibreOffice files are zips). */
  static boolean isZip(byte[] bytes) {
    return startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 'P', 'K', 5, 6);
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
