package dev.byhand.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV (or tab- or semicolon-separated) answers file with Commons CSV in strict mode. A
 * broken quote costs only its own line: parsing resumes on the next line, so neither earlier nor
 * later answers are lost.
 */
final class CsvAnswers {
  private static final int MAX_RESTARTS = 50;

  private CsvAnswers() {}

  static void read(String text, AnswerSink sink) {
    List<String> lines = checkedLines(text);
    IniSections.read(lines);
    continuedLines(lines);
    Layout.equalsChains(lines);
    // Before the comments go: a table's caption may be a Markdown heading (### Logits).
    PipeTables.read(lines, sink);
    withoutComments(lines);
    Layout.rAssignments(lines);
    Layout.numpyColumns(lines);
    Layout.wrappedBrackets(lines);
    Layout.quotedKeys(lines);
    Layout.drawnColumns(lines);
    char delimiter = CsvDelimiter.sniff(lines);
    CsvRows rows = new CsvRows(sink, delimiter);
    TextTables.read(lines, delimiter, sink, rows);
    PrintedSteps.read(lines, sink, rows);
    PrintedDicts.read(lines, rows);
    Layout.indexedEntries(lines, delimiter);
    Layout.continuedRows(lines, delimiter);
    Layout.withoutCommands(lines);
    Layout.valuesBelow(lines);
    CSVFormat format = format(delimiter);
    int from = 0;
    for (int restarts = 0; from < lines.size(); restarts++) {
      if (restarts > MAX_RESTARTS) {
        sink.problem(
            Location.ofLine(sink.fileName(), from + 1),
            "more than "
                + MAX_RESTARTS
                + " lines with broken quotes; stopped reading here. Remove the stray \" characters");
        return;
      }
      from = parseFrom(lines, from, format, rows);
    }
  }

  /** Parses from line index {@code from}; returns where to resume, or the end when done. */
  private static int parseFrom(List<String> lines, int from, CSVFormat format, CsvRows rows) {
    int recordStart = from;
    String chunk = String.join("\n", lines.subList(from, lines.size()));
    try (CSVParser parser = CSVParser.parse(chunk, format)) {
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        recordStart = nonBlankFrom(lines, from + (int) parser.getCurrentLineNumber());
        if (!records.hasNext() || !rows.accept(records.next().toList(), recordStart + 1)) {
          return lines.size();
        }
      }
    } catch (IOException | UncheckedIOException e) {
      rows.brokenQuote(recordStart + 1);
      return recordStart + 1;
    }
  }

  private static int nonBlankFrom(List<String> lines, int index) {
    int i = index;
    while (i < lines.size() && Clean.isBlank(lines.get(i))) {
      i++;
    }
    return i;
  }

  /**
   * Joins a line ending in a comma and a backslash ({@code q3.logits=89,-92,29,\}, a Java
   * properties file's continuation) with the line after it, which is blanked: the value goes on
   * there, and read alone its first part would be judged as the whole.
   */
  private static void continuedLines(List<String> lines) {
    for (int i = lines.size() - 2; i >= 0; i--) {
      String line = Clean.stripSpaces(lines.get(i));
      if (line.endsWith(",\\") || line.endsWith(", \\")) {
        lines.set(
            i, line.substring(0, line.length() - 1) + " " + Clean.stripSpaces(lines.get(i + 1)));
        lines.set(i + 1, "");
      }
    }
  }

  /**
   * Blanks comment lines ({@code #} or {@code //}) in place, so line numbers stay true; a
   * question's or a step's heading after {@code #} stays, as its heading alone.
   */
  private static void withoutComments(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String start = Clean.stripSpaces(lines.get(i));
      Optional<String> heading =
          start.startsWith("#") ? Headings.question(start) : Optional.empty();
      if (heading.isPresent()) {
        // "## Q2", "# q3 (dW2 = …)": a heading, which says which question the lines under it
        // answer; the rest of it is a comment.
        lines.set(i, heading.get());
        continue;
      }
      Optional<Headings.Step> step = Headings.step(start);
      if (step.isPresent()) {
        // "Step 2 (reading "the")", "After "the": h = …": the heading's quotes quote the token
        // read, not a CSV field. After a "#" ("### Step 2", "# step 2: input is "the"") it is a
        // heading, which says which step the lines under it answer, and the rest a comment.
        String stepHeading = start.substring(0, step.get().end()).replace("\"", "");
        if (start.startsWith("#")) {
          lines.set(i, stepHeading);
          continue;
        }
        lines.set(i, stepHeading + start.substring(step.get().end()));
        start = lines.get(i);
      }
      if (start.startsWith("#") || start.startsWith("//")) {
        lines.set(i, "");
      } else if (start.indexOf('#') > 0 || start.indexOf("//") > 0) {
        // "q1.hidden,"[5, 4, 0]"  # relu …": a comment after the answer is no part of it.
        lines.set(i, Decorations.withoutComment(lines.get(i), true));
      }
    }
  }

  /**
   * The lines of {@code text}, refused when more than the limit: counted before parsing, comments
   * and blank lines included, as they cost as much to read. A final line break leaves an empty last
   * line, which is not a line of the file.
   */
  static List<String> checkedLines(String text) {
    List<String> lines = lines(text);
    int lineCount = lines.get(lines.size() - 1).isEmpty() ? lines.size() - 1 : lines.size();
    if (lineCount > Limits.MAX_ROWS) {
      throw new Unreadable(
          "the file has "
              + lineCount
              + " lines; byhand reads answer files of up to "
              + Limits.MAX_ROWS
              + " lines, and an answers file needs only a few, so keep only your answers");
    }
    return lines;
  }

  /**
   * The lines of {@code text}, split at \r\n, \r or \n; a final break leaves an empty last line.
   */
  private static List<String> lines(String text) {
    int[] starts = Lines.starts(text);
    List<String> lines = new ArrayList<>(starts.length);
    for (int i = 0; i < starts.length; i++) {
      lines.add(Lines.line(text, starts, i));
    }
    return lines;
  }

  private static CSVFormat format(char delimiter) {
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(delimiter)
        .setQuote('"')
        .setEscape((Character) null)
        .setTrim(true)
        .setIgnoreSurroundingSpaces(true)
        .setIgnoreEmptyLines(true)
        .setLenientEof(false)
        .setTrailingData(false)
        .setCommentMarker((Character) null)
        .get();
  }
}
