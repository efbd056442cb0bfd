package dev.byhand.submission;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The text of a word processor's document part (Word's {@code word/document.xml}, LibreOffice's
 * {@code content.xml}): one line per paragraph, a table's row as one line with its cells separated
 * by tabs (as a spreadsheet row pastes), tabs and line breaks kept, and nothing else (deleted text,
 * field codes and styles are not shown, so not read).
 */
final class DocumentText implements XmlScanner.Handler {
  private static final int MAX_SPACES = 64;

  /**
   * The element names of one format.
   *
   * @param textElement the element whose text is shown (Word's {@code w:t}); empty when all text
   *     inside a paragraph is
   * @param spaces the element standing for {@code text:c} spaces (LibreOffice's {@code text:s})
   */
  record Vocabulary(
      Set<String> paragraphs,
      String textElement,
      Set<String> tabs,
      Set<String> breaks,
      Set<String> cells,
      Set<String> rows,
      Set<String> hidden,
      String spaces) {}

  static final Vocabulary WORD =
      new Vocabulary(
          Set.of("w:p"),
          "w:t",
          Set.of("w:tab", "w:ptab"),
          Set.of("w:br", "w:cr"),
          Set.of("w:tc"),
          Set.of("w:tr"),
          Set.of("w:pPr", "w:rPr", "w:del", "w:instrText", "w:fldData", "mc:Fallback"),
          "");

  static final Vocabulary OPEN_DOCUMENT =
      new Vocabulary(
          Set.of("text:p", "text:h"),
          "",
          Set.of("text:tab"),
          Set.of("text:line-break"),
          Set.of("table:table-cell", "table:covered-table-cell"),
          Set.of("table:table-row"),
          Set.of(
              "office:annotation", "text:note", "text:tracked-changes", "office:font-face-decls"),
          "text:s");

  private final Vocabulary vocabulary;
  private final List<String> lines = new ArrayList<>();
  private final Deque<StringBuilder> paragraphs = new ArrayDeque<>();
  private final List<String> cells = new ArrayList<>();
  private StringBuilder cell;
  private int hiddenDepth;
  private int textDepth;

  private DocumentText(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The lines of document part {@code xml}, named {@code part} in messages, joined by '\n'. */
  static String of(String xml, String part, Vocabulary vocabulary) {
    DocumentText text = new DocumentText(vocabulary);
    XmlScanner.scan(xml, part, text);
    return String.join("\n", text.lines);
  }

  @Override
  public void start(String name, XmlScanner.Tag tag) {
    if (vocabulary.hidden().contains(name) || hiddenDepth > 0) {
      hiddenDepth++;
    } else if (vocabulary.paragraphs().contains(name)) {
      paragraphs.push(new StringBuilder());
    } else if (name.equals(vocabulary.textElement())) {
      textDepth++;
    } else if (vocabulary.cells().contains(name)) {
      cell = new StringBuilder();
    } else if (!paragraphs.isEmpty()) {
      inline(name, tag);
    }
  }

  private void inline(String name, XmlScanner.Tag tag) {
    if (vocabulary.tabs().contains(name)) {
      paragraphs.peek().append('\t');
    } else if (vocabulary.breaks().contains(name)) {
      endLine();
      paragraphs.push(new StringBuilder());
    } else if (name.equals(vocabulary.spaces())) {
      int count = tag.attribute("text:c").map(DocumentText::count).orElse(1);
      paragraphs.peek().append(" ".repeat(Math.min(count, MAX_SPACES)));
    }
  }

  private static int count(String digits) {
    try {
      return Integer.parseInt(digits.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  @Override
  public void end(String name) {
    if (hiddenDepth > 0) {
      hiddenDepth--;
    } else if (vocabulary.paragraphs().contains(name) && !paragraphs.isEmpty()) {
      endLine();
    } else if (name.equals(vocabulary.textElement())) {
      textDepth = Math.max(0, textDepth - 1);
    } else if (vocabulary.cells().contains(name) && cell != null) {
      cells.add(cell.toString().strip());
      cell = null;
    } else if (vocabulary.rows().contains(name)) {
      lines.add(String.join("\t", cells));
      cells.clear();
    }
  }

  /** A paragraph (or a line of it, at a break) ends: a line, or more text of its table cell. */
  private void endLine() {
    String line = paragraphs.pop().toString();
    if (cell != null) {
      cell.append(cell.length() == 0 ? "" : " ").append(line.strip());
    } else {
      lines.add(line);
    }
  }

  @Override
  public void text(String text) {
    boolean shown = vocabulary.textElement().isEmpty() ? !paragraphs.isEmpty() : textDepth > 0;
    if (shown && hiddenDepth == 0 && !paragraphs.isEmpty()) {
      // Whitespace between tags is layout, except inside Word's w:t, where it is the text.
      paragraphs.peek().append(vocabulary.textElement().isEmpty() ? collapse(text) : text);
    }
  }

  /** OpenDocument collapses runs of whitespace in text to one space (text:s writes the rest). */
  private static String collapse(String text) {
    return text.replaceAll("[ \\t\\r\\n]+", " ");
  }
}
