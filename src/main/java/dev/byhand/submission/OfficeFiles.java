package dev.byhand.submission;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Reads the zip-based files students hand in: a Word ({@code .docx}) or LibreOffice ({@code .odt})
 * document as its text, an Excel workbook ({@code .xlsx}) as its first sheet; any other zip is
 * named for what it is (a spreadsheet or presentation of another kind, an Apple iWork file, an
 * archive), with how to hand it in. A damaged file gets a sentence naming what was found and the
 * fix.
 */
final class OfficeFiles {
  static final String SAVE_AS_TEXT = "save it as .txt or .csv";
  private static final String EXPORT_CSV = "export it as CSV (File → Save As → CSV UTF-8)";
  private static final String ODF = "application/vnd.oasis.opendocument.";

  private OfficeFiles() {}

  /** The text {@code zip} shows. @throws Unreadable naming the file when it cannot be read */
  static ShownText read(byte[] zip) {
    ZipEntries entries;
    try {
      entries = ZipEntries.of(zip);
    } catch (ZipEntries.Damaged e) {
      throw new Unreadable(
          "this is a zip file (Word, Excel and LibreOffice files are zips), but "
              + e.getMessage()
              + "; open it and save it again, or "
              + SAVE_AS_TEXT);
    }
    List<String> names = entries.names();
    String kind = "this file";
    try {
      String mimetype = entries.read("mimetype").map(OfficeFiles::utf8).orElse("").strip();
      if (names.contains("word/document.xml")) {
        kind = "this Word document";
        return document(kind, entries, "word/document.xml", DocumentText.WORD);
      }
      if (mimetype.equals(ODF + "text") && names.contains("content.xml")) {
        kind = "this LibreOffice document";
        return document(kind, entries, "content.xml", DocumentText.OPEN_DOCUMENT);
      }
      if (names.contains("xl/workbook.xml")) {
        kind = "this Excel workbook";
        return Workbook.firstSheet(entries);
      }
      throw new Unreadable(named(names, mimetype));
    } catch (ZipEntries.Damaged e) {
      throw new Unreadable(
          kind
              + " is damaged: "
              + e.getMessage()
              + "; open it and save it again, or "
              + SAVE_AS_TEXT);
    }
  }

  private static ShownText document(
      String kind, ZipEntries entries, String part, DocumentText.Vocabulary vocabulary)
      throws ZipEntries.Damaged {
    String xml = utf8(entries.read(part).orElseThrow());
    String text = DocumentText.of(xml, part, vocabulary);
    return new ShownText(kind, text, Optional.empty(), "line", "of the document's text");
  }

  /** What a zip that is no document byhand reads is, with how to hand it in. */
  private static String named(List<String> names, String mimetype) {
    if (mimetype.startsWith(ODF + "spreadsheet")) {
      return "this is a LibreOffice/OpenOffice spreadsheet (.ods); " + EXPORT_CSV;
    }
    if (mimetype.startsWith(ODF) || names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
      return "this is a presentation or another office file, not your answers; "
          + "write them in a .txt, .csv, .docx or .odt file";
    }
    if (names.stream().anyMatch(n -> n.startsWith("Index/") && n.endsWith(".iwa"))) {
      return names.contains("Index/CalculationEngine.iwa")
          ? "this is an Apple Numbers spreadsheet; export it as CSV (File → Export To → CSV)"
          : "this is an Apple Pages document; export it as Word or plain text"
              + " (File → Export To → Word, or Plain Text)";
    }
    if (names.isEmpty()) {
      return "this is an empty zip archive; submit the answers file itself";
    }
    List<String> shown =
        names.stream()
            .filter(n -> !n.endsWith("/"))
            .limit(3)
            .map(n -> Clean.visible(n.length() > 60 ? n.substring(0, 60) + "…" : n))
            .toList();
    return "this is a zip archive holding "
        + String.join(", ", shown)
        + (names.size() > shown.size() ? ", …" : "")
        + "; submit the answers file itself, not a zip";
  }

  /** A part's text: XML in UTF-8, as Office writes it, without a byte order mark. */
  static String utf8(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
