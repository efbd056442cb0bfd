package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An Excel workbook's ({@code .xlsx}) first sheet as the CSV Excel would export: one line per row
 * (row 6 is line 6), cells as Excel stores them (the value a formula last computed, shared strings
 * looked up). Read from the sheet's XML with {@link XmlScanner}: no library, so the self-check page
 * reads workbooks too.
 */
final class Workbook {
  private static final String WORKBOOK = "xl/workbook.xml";

  private Workbook() {}

  static ShownText firstSheet(ZipEntries entries) throws ZipEntries.Damaged {
    String[] sheet = firstSheetNameAndId(OfficeFiles.utf8(entries.read(WORKBOOK).orElseThrow()));
    String part = sheetPart(entries, sheet[1]);
    List<String> shared =
        entries.read("xl/sharedStrings.xml").map(Workbook::sharedStrings).orElse(List.of());
    byte[] xml =
        entries
            .read(part)
            .orElseThrow(() -> new ZipEntries.Damaged("its first sheet (" + part + ") is missing"));
    SheetRows rows = new SheetRows(shared);
    XmlScanner.scan(OfficeFiles.utf8(xml), part, rows);
    String name = Clean.visible(sheet[0].isEmpty() ? "1" : sheet[0]);
    return new ShownText(
        "this Excel workbook", rows.csv(), Optional.of(Format.CSV), "row", "of sheet " + name);
  }

  /** The first sheet's name and relationship id, from the workbook part. */
  private static String[] firstSheetNameAndId(String xml) {
    String[] found = {"", ""};
    XmlScanner.scan(
        xml,
        WORKBOOK,
        new Elements() {
          @Override
          public void start(String name, XmlScanner.Tag tag) {
            if (local(name).equals("sheet") && found[1].isEmpty()) {
              found[0] = tag.attribute("name").orElse("");
              found[1] = tag.attribute("r:id").orElse("");
            }
          }
        });
    return found;
  }

  /** The part the relationship {@code id} names; the usual sheet1 when it names none. */
  private static String sheetPart(ZipEntries entries, String id) throws ZipEntries.Damaged {
    String[] target = {"worksheets/sheet1.xml"};
    Optional<byte[]> rels = entries.read("xl/_rels/workbook.xml.rels");
    if (rels.isPresent() && !id.isEmpty()) {
      XmlScanner.scan(
          OfficeFiles.utf8(rels.get()),
          "xl/_rels/workbook.xml.rels",
          new Elements() {
            @Override
            public void start(String name, XmlScanner.Tag tag) {
              if (local(name).equals("Relationship") && tag.attribute("Id").orElse("").equals(id)) {
                target[0] = tag.attribute("Target").orElse(target[0]);
              }
            }
          });
    }
    return target[0].startsWith("/") ? target[0].substring(1) : "xl/" + target[0];
  }

  /** The shared strings table: each {@code si}'s text, phonetic runs left out. */
  private static List<String> sharedStrings(byte[] bytes) {
    List<String> strings = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int[] depth = {0, 0}; // inside t, inside rPh
    XmlScanner.scan(
        OfficeFiles.utf8(bytes),
        "xl/sharedStrings.xml",
        new XmlScanner.Handler() {
          @Override
          public void start(String name, XmlScanner.Tag tag) {
            switch (local(name)) {
              case "si" -> current.setLength(0);
              case "t" -> depth[0]++;
              case "rPh" -> depth[1]++;
              default -> {}
            }
          }

          @Override
          public void end(String name) {
            switch (local(name)) {
              case "si" -> strings.add(current.toString());
              case "t" -> depth[0]--;
              case "rPh" -> depth[1]--;
              default -> {}
            }
          }

          @Override
          public void text(String text) {
            if (depth[0] > 0 && depth[1] == 0) {
              current.append(text);
            }
          }
        });
    return strings;
  }

  static String local(String name) {
    return name.substring(name.indexOf(':') + 1);
  }

  /** A handler that looks at start tags only. */
  private abstract static class Elements implements XmlScanner.Handler {
    @Override
    public void end(String name) {}

    @Override
    public void text(String text) {}
  }
}
