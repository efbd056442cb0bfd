package dev.byhand.lms;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The gradebook a TA downloaded from the course's LMS, read as the LMS writes it: UTF-8 with or
 * without a BOM, or UTF-16 with a BOM (Blackboard's tab-delimited download); commas, semicolons or
 * tabs, whichever the header line uses. The header is kept as written, so an import file can name
 * its columns exactly as the LMS does. Immutable.
 *
 * @param file where it was read, for messages
 * @param header the column names, trimmed, in order
 * @param rows the rows after the header, each as long as the header (missing cells are {@code ""})
 */
record GradebookExport(Path file, List<String> header, List<Row> rows) {
  /** Far beyond any course: a larger file is not a gradebook export. */
  static final long MAX_BYTES = 32L << 20;

  /**
   * One row of the export.
   *
   * @param line the 1-based line it starts on
   * @param cells one per header column
   */
  record Row(int line, List<String> cells) {
    Row {
      cells = List.copyOf(cells);
    }
  }

  GradebookExport {
    requireNonNull(file, "file");
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /**
   * Reads an export.
   *
   * @throws LmsException naming the file and what to download instead, when it is not a readable
   *     gradebook export
   */
  static GradebookExport read(Path file) throws IOException {
    String text = text(file);
    char delimiter = sniff(text);
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    LineCounter lines = new LineCounter(text);
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        List<String> cells = record.toList();
        if (header == null) {
          header = cells;
          continue;
        }
        List<String> padded =
            new ArrayList<>(cells.subList(0, Math.min(cells.size(), header.size())));
        while (padded.size() < header.size()) {
          padded.add("");
        }
        rows.add(new Row(lines.lineOf(record.getCharacterPosition()), padded));
      }
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new LmsException(
          file
              + ": not a readable gradebook export ("
              + e.getMessage()
              + "); download the gradebook from the LMS again as CSV");
    }
    if (header == null || header.stream().allMatch(String::isEmpty)) {
      throw new LmsException(
          file + ": the file is empty; download the gradebook from the LMS as CSV");
    }
    return new GradebookExport(file, header, rows);
  }

  /** The index of the first column named one of {@code names} (any case), if any. */
  Optional<Integer> column(String... names) {
    for (String name : names) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).equalsIgnoreCase(name)) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  private static String text(Path file) throws IOException {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new LmsException(
            file
                + ": the file is "
                + Files.size(file)
                + " bytes; byhand reads gradebook exports of up to 32 MiB, so pass the LMS's"
                + " gradebook CSV itself");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new LmsException(
          file + ": no such file; pass the gradebook you downloaded from the LMS to --roster");
    }
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      skip = 3;
    }
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      throw new LmsException(
          file
              + ": not UTF-8 or UTF-16 text (is it a real .xlsx workbook?); download the gradebook"
              + " from the LMS as CSV, or save it from the spreadsheet as \"CSV UTF-8\"");
    }
  }

  /** Tabs (Blackboard), semicolons (a decimal-comma spreadsheet) or commas, as the header uses. */
  private static char sniff(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    if (header.indexOf('\t') >= 0) {
      return '\t';
    }
    return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
  }

  /** Line numbers of positions met in increasing order: one pass over the text in all. */
  private static final class LineCounter {
    private final String text;
    private int position;
    private int line = 1;

    LineCounter(String text) {
      this.text = text;
    }

    int lineOf(long recordPosition) {
      int end = (int) Math.min(recordPosition, text.length());
      // The parser's position is where it started, before the empty lines it skipped.
      while (end < text.length() && (text.charAt(end) == '\n' || text.charAt(end) == '\r')) {
        end++;
      }
      for (; position < end; position++) {
        if (text.charAt(position) == '\n') {
          line++;
        }
      }
      return line;
    }
  }

  static String lower(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }
}
