package dev.byhand.submission;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the tables in the lines of a CSV or text file and gives each to {@link CsvTable}, which
 * names its cells by what its header says. The file's first row is read as a header as the file's
 * delimiter splits it. A later row (under a title, a student's name or a blank line) is a header
 * only when its table names an item the assignment asks for, its cells split as its own rows are:
 * at the delimiter they use (a Word table pasted as tabs into a text of commas), or at runs of two
 * or more spaces for columns a program aligned (pandas' print of a DataFrame, with its index's name
 * on the line under the header, or of a Series, its name on the last line: {@code Name: prediction,
 * dtype: object}). A line or two just above a table that names a quantity ({@code ### Logits},
 * {@code logits}) is its caption: columns headed by the vocabulary's words are that quantity's
 * entries. Each line is split at most once as a header and once as a row: linear in the file.
 */
final class TextTables {
  /** Stands for the delimiter of aligned columns: two or more spaces. */
  private static final char ALIGNED = ' ';

  /** The longest caption: a title, not a paragraph. */
  private static final int MAX_CAPTION = 40;

  private TextTables() {}

  /** Reads every such table in {@code lines}, and blanks the lines it read. */
  static void read(List<String> lines, char delimiter, AnswerSink sink, CsvRows rows) {
    boolean first = true;
    int i = 0;
    int end = 0;
    while (i < lines.size()) {
      if (Clean.isBlank(lines.get(i))) {
        i++;
        continue;
      }
      if (end <= i) {
        // The block's end, found once for all its lines: each is tried as a header.
        end = i;
        while (end < lines.size() && !Clean.isBlank(lines.get(end))) {
          end++;
        }
      }
      int read;
      if (first) {
        read = new Block(lines, i, end, delimiter).read(sink, rows, false, "");
      } else {
        char own = delimiter(lines, i, end);
        CsvRows ownRows = new CsvRows(sink, own == ALIGNED ? ',' : own);
        read = new Block(lines, i, end, own).read(sink, ownRows, true, caption(lines, i));
      }
      for (int r = i; r < i + read; r++) {
        lines.set(r, "");
      }
      first = false;
      i += Math.max(Math.abs(read), 1);
    }
  }

  /**
   * The delimiter of the table that would start at {@code first}: the one its rows use, or runs of
   * spaces when its header holds none.
   */
  private static char delimiter(List<String> lines, int first, int end) {
    String header = lines.get(first);
    if (header.indexOf(',') >= 0 || header.indexOf(';') >= 0 || header.indexOf('\t') >= 0) {
      return CsvDelimiter.sniff(lines.subList(first, end));
    }
    return ALIGNED;
  }

  /**
   * The caption above line {@code at}: the nearest line above it (one blank line between at most),
   * without heading marks, bold or a colon; "" for none or for a longer line.
   */
  static String caption(List<String> lines, int at) {
    for (int i = at - 1; i >= 0 && i >= at - 2; i--) {
      String line = Clean.strip(lines.get(i));
      if (!line.isEmpty()) {
        String caption = strip(line);
        return caption.length() <= MAX_CAPTION ? caption : "";
      }
    }
    return "";
  }

  /** A caption's words, without {@code #}, {@code *}, {@code :} around them. */
  static String strip(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && "#*_: ".indexOf(line.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && "#*_: ".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return line.substring(start, end);
  }

  /**
   * The rows {@code first} to {@code end} (exclusive) seen as a table: its header, the lines its
   * rows are on, and (for aligned columns) the lines that are neither, an index's name under the
   * header or a Series' name at the end.
   */
  private static final class Block {
    private final List<String> lines;
    private final int first;
    private final char delimiter;
    private List<String> header;
    private int rowsFrom;
    private int rowsTo;
    private boolean nameLine;

    Block(List<String> lines, int first, int end, char delimiter) {
      this.lines = lines;
      this.first = first;
      this.delimiter = delimiter;
      this.header = cells(lines.get(first), delimiter);
      this.rowsFrom = first + 1;
      this.rowsTo = end;
      if (delimiter == ALIGNED) {
        aligned(end);
      }
    }

    /** pandas' prints: a DataFrame's index name under its header; a Series' name at its end. */
    private void aligned(int end) {
      if (header.size() >= 2
          && header.get(0).isEmpty()
          && rowsFrom < end
          && cells(lines.get(rowsFrom), ALIGNED).size() == 1) {
        // "      h_0  h_1  h_2" over "step": the index's name heads the first column.
        List<String> named = new ArrayList<>(header);
        named.set(0, cells(lines.get(rowsFrom), ALIGNED).get(0));
        header = named;
        rowsFrom++;
      } else if (header.size() == 1 && end - first >= 3) {
        String last = Clean.strip(lines.get(end - 1));
        int dtype = last.indexOf(", dtype:");
        if (last.startsWith("Name: ") && dtype > 6) {
          // "step" / "1    BOS" / "Name: prediction, dtype: object": a Series.
          header = List.of(header.get(0), Clean.strip(last.substring(6, dtype)));
          rowsTo = end - 1;
          nameLine = true;
        }
      }
    }

    /**
     * Reads the block's table; returns how many lines it read from {@code first}, or minus how many
     * it spans when, strict, it names nothing asked for; 0 when it is no table.
     */
    int read(AnswerSink sink, CsvRows rows, boolean strict, String caption) {
      int size = 1 + rowsTo - rowsFrom;
      // Rows split into cells only when asked for: most lines are no header.
      List<CsvTable.Row> table =
          new AbstractList<>() {
            @Override
            public CsvTable.Row get(int i) {
              int line = i == 0 ? first : rowsFrom + i - 1;
              List<String> cells = i == 0 ? header : cells(lines.get(line), delimiter);
              return new CsvTable.Row(Location.ofLine(sink.fileName(), line + 1), cells);
            }

            @Override
            public int size() {
              return size;
            }
          };
      List<String> named = captioned(header, caption, sink);
      boolean captionUsed = named != header;
      header = named;
      int read = size < 2 ? 0 : CsvTable.read(table, sink, rows, strict);
      if (read == 0) {
        return 0;
      }
      int spanned = rowsFrom - first + Math.abs(read) - 1;
      if (nameLine && Math.abs(read) == size) {
        spanned++;
      }
      if (read > 0 && captionUsed) {
        // The caption ("logits") titled the table: no answer of its own, left "could be q1 or q3".
        lines.set(first - 1 - (Clean.isBlank(lines.get(first - 1)) ? 1 : 0), "");
      }
      return read < 0 ? -spanned : spanned;
    }
  }

  /**
   * A header's names, those after the first read as entries of the caption's quantity when they are
   * all the vocabulary's words ({@code BOS, the, …} under {@code Logits}: {@code Logits_BOS});
   * {@code names} itself otherwise.
   */
  static List<String> captioned(List<String> names, String caption, AnswerSink sink) {
    if (caption.isEmpty() || names.size() < 3 || !KeyWords.isKnown(caption)) {
      return names;
    }
    List<String> named = new ArrayList<>(names.size());
    named.add(names.get(0));
    for (String name : names.subList(1, names.size())) {
      if (name.length() > MAX_CAPTION || sink.wordIndex(name) < 0) {
        return names;
      }
      named.add(caption + "_" + name);
    }
    return named;
  }

  /** The cells of a row: split at the delimiter (a quoted cell unquoted), or at runs of spaces. */
  static List<String> cells(String line, char delimiter) {
    return delimiter == ALIGNED ? alignedCells(line) : CsvTable.cells(line, delimiter);
  }

  /**
   * {@code " h_0 h_1 h_2"}: cells parted by two or more spaces (or a tab); leading spaces leave the
   * first cell empty, as pandas leaves its index's column.
   */
  private static List<String> alignedCells(String line) {
    List<String> cells = new ArrayList<>();
    int end = line.length();
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    int start = 0;
    int i = 0;
    while (i < end) {
      char c = line.charAt(i);
      boolean gap =
          c == '\t' || c == ' ' && (i + 1 < end && Character.isWhitespace(line.charAt(i + 1)));
      if (!gap) {
        i++;
        continue;
      }
      cells.add(Clean.strip(line.substring(start, i)));
      while (i < end && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      start = i;
    }
    cells.add(Clean.strip(line.substring(start, end)));
    return cells;
  }
}
