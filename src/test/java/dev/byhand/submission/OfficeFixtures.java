package dev.byhand.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Word, LibreOffice and Excel files as those applications write them: the same parts, namespaces,
 * split runs, revision ids, styles and stored {@code mimetype} first, built here so that the tests
 * need no office suite and show the XML they read.
 */
final class OfficeFixtures {
  private OfficeFixtures() {}

  private static final String W =
      "xmlns:wpc=\"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas\""
          + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
          + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
          + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
          + " mc:Ignorable=\"w14\"";

  /** A Word document ({@code .docx}) whose body is {@code body} (w:p and w:tbl elements). */
  static byte[] docx(String body) {
    return zip(
        false,
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<Types"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
            + " Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<Relationships"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
            + " Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
            + " Target=\"word/document.xml\"/></Relationships>",
        "word/document.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:document "
            + W
            + "><w:body>"
            + body
            + "<w:sectPr w:rsidR=\"00B51C2E\"><w:pgSz w:w=\"12240\" w:h=\"15840\"/></w:sectPr>"
            + "</w:body></w:document>",
        "word/styles.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:styles "
            + W
            + "><w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading"
            + " 1\"/></w:style></w:styles>");
  }

  /** A Word paragraph of runs, each run's text in its own w:t (as spell checking splits them). */
  static String wordParagraph(String... runs) {
    StringBuilder p =
        new StringBuilder(
            "<w:p w14:paraId=\"1A2B3C4D\" w:rsidR=\"00B51C2E\" w:rsidRDefault=\"00B51C2E\">"
                + "<w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>");
    for (String run : runs) {
      p.append("<w:r w:rsidRPr=\"00C1\"><w:rPr><w:lang w:val=\"en-GB\"/></w:rPr>")
          .append("<w:t xml:space=\"preserve\">")
          .append(run)
          .append("</w:t></w:r>");
    }
    return p.append("</w:p>").toString();
  }

  /** A Word table, one row per array, one cell per string. */
  static String wordTable(String[]... rows) {
    StringBuilder table =
        new StringBuilder(
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr><w:tblGrid>"
                + "<w:gridCol w:w=\"3000\"/></w:tblGrid>");
    for (String[] row : rows) {
      table.append("<w:tr w:rsidR=\"00B51C2E\">");
      for (String cell : row) {
        table
            .append("<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr>")
            .append(wordParagraph(cell))
            .append("</w:tc>");
      }
      table.append("</w:tr>");
    }
    return table.append("</w:tbl>").toString();
  }

  private static final String ODF =
      "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
          + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
          + " office:version=\"1.3\"";

  /** A LibreOffice Writer document ({@code .odt}) whose text is {@code body}. */
  static byte[] odt(String body) {
    return zip(
        true,
        "mimetype",
        "application/vnd.oasis.opendocument.text",
        "content.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
            + ODF
            + "><office:font-face-decls><style:font-face style:name=\"Liberation Serif\"/>"
            + "</office:font-face-decls><office:automatic-styles><style:style style:name=\"P1\""
            + " style:family=\"paragraph\"/></office:automatic-styles><office:body><office:text>"
            + "<text:sequence-decls/>"
            + body
            + "</office:text></office:body></office:document-content>",
        "META-INF/manifest.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest"
            + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
            + " manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\""
            + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "</manifest:manifest>");
  }

  /**
   * An Excel workbook ({@code .xlsx}) whose first sheet, named {@code name}, is {@code sheetData}
   * (row and c elements), with {@code shared} as its shared strings, in order.
   */
  static byte[] xlsx(String name, String sheetData, String... shared) {
    StringBuilder strings =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<sst"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
                + shared.length
                + "\" uniqueCount=\""
                + shared.length
                + "\">");
    for (String s : shared) {
      strings.append("<si><t>").append(s).append("</t></si>");
    }
    strings.append("</sst>");
    String main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    return zip(
        false,
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<Types"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
        "xl/workbook.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<workbook "
            + main
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<bookViews><workbookView xWindow=\"0\" yWindow=\"0\"/></bookViews><sheets>"
            + "<sheet name=\""
            + name
            + "\" sheetId=\"1\" r:id=\"rId3\"/><sheet name=\"Scratch\" sheetId=\"2\""
            + " r:id=\"rId1\"/></sheets></workbook>",
        "xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<Relationships"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
            + " Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId3\""
            + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
            + " Target=\"worksheets/sheet2.xml\"/></Relationships>",
        "xl/worksheets/sheet1.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<worksheet "
            + main
            + "><sheetData><row r=\"1\"><c r=\"A1\"><v>999</v></c></row></sheetData></worksheet>",
        "xl/worksheets/sheet2.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<worksheet "
            + main
            + "><dimension ref=\"A1:G6\"/><sheetViews><sheetView workbookViewId=\"0\"/>"
            + "</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><sheetData>"
            + sheetData
            + "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\""
            + " header=\"0.3\" footer=\"0.3\"/></worksheet>",
        "xl/sharedStrings.xml",
        strings.toString());
  }

  /**
   * A zip of {@code namesAndContents} (name, content, name, content …), deflated, the first entry
   * stored when {@code storedFirst} (OpenDocument's {@code mimetype}).
   */
  static byte[] zip(boolean storedFirst, String... namesAndContents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        byte[] content = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
        ZipEntry entry = new ZipEntry(namesAndContents[i]);
        if (storedFirst && i == 0) {
          CRC32 crc = new CRC32();
          crc.update(content);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(content.length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
