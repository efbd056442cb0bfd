package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns CSV rows into answers: the first cell is the key, the rest its values, one per cell or all
 * in one cell. A first row without a key is a header. Not thread-safe: one per file read.
 */
final class CsvRows {
  private static final Pattern DECIMAL_COMMA = Pattern.compile("[+\\-\u2212]?\\d*,\\d+");

  private final AnswerSink sink;
  private final char delimiter;
  private boolean seenRow;
  private int rows;

  CsvRows(AnswerSink sink, char delimiter) {
    this.sink = sink;
    this.delimiter = delimiter;
  }

  /** Reads one row; false when the row limit is reached and reading must stop. */
  boolean accept(List<String> rawCells, int line) {
    List<String> cells = new ArrayList<>(rawCells.size());
    boolean empty = true;
    for (String raw : rawCells) {
      String cell = Clean.stripSpaces(raw);
      cells.add(cell);
      empty &= cell.isEmpty();
    }
    if (empty) {
      return true;
    }
    Location location = Location.ofLine(sink.fileName(), line);
    if (++rows > Limits.MAX_ROWS) {
      sink.problem(location, "the file has more than " + Limits.MAX_ROWS
          + " rows (the limit); stopped reading here. Keep only your answers in the file");
      return false;
    }
    boolean header = !seenRow;
    seenRow = true;
    keyed(cells).ifPresentOrElse(
        row -> answer(row, location),
        () -> notAKey(cells.get(0), header, location));
    return true;
  }

  /** Reports a line whose quotes do not pair up; the parser resumes after it. */
  void brokenQuote(int line) {
    seenRow = true;
    sink.problem(Location.ofLine(sink.fileName(), line), "a quote (\") on this line is never closed "
        + "or is followed by more text, so the line was skipped; close the quote or remove it");
  }

  private record Row(KeyResolution key, String keyAsWritten, List<String> valueCells) {}

  private void answer(Row row, Location location) {
    if (row.key() instanceof KeyResolution.Found found) {
      sink.answer(found.key(), row.keyAsWritten(), values(row.valueCells()), location);
    } else if (row.key() instanceof KeyResolution.Ambiguous ambiguous) {
      sink.problem(location, ambiguous.sentence(row.keyAsWritten()));
    }
  }

  private Optional<Row> keyed(List<String> cells) {
    String first = cells.get(0);
    List<String> rest = cells.subList(1, cells.size());
    KeyResolution key = sink.key(first);
    if (!(key instanceof KeyResolution.None)) {
      return Optional.of(new Row(key, Clean.strip(first), rest));
    }
    Optional<String> question = KeySyntax.questionOnly(first);
    if (question.isPresent() && !rest.isEmpty()) {
      // "q2,BOS": the grader accepts it for a question that asks for one item, and says so otherwise.
      return Optional.of(new Row(new KeyResolution.Found(new AnswerKey(question.get(), "")),
          Clean.strip(first), rest));
    }
    return LooseLine.split(first, sink).map(split -> new Row(split.key(), split.keyAsWritten(),
        prepend(split.rest(), rest)));
  }

  private void notAKey(String first, boolean header, Location location) {
    if (!header) {
      sink.problem(location, "\"" + Clean.strip(first)
          + "\" is not an answer key; keys look like q1.hidden");
    }
  }

  private List<String> values(List<String> cells) {
    int start = 0;
    int end = cells.size();
    while (start < end && Clean.strip(cells.get(start)).isEmpty()) {
      start++;
    }
    while (end > start && Clean.strip(cells.get(end - 1)).isEmpty()) {
      end--;
    }
    List<String> filled = cells.subList(start, end);
    if (filled.size() <= 1) {
      return filled.isEmpty() ? List.of() : ValueSplitter.split(filled.get(0));
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < filled.size(); i++) {
      values.add(decimalComma(ValueSplitter.cell(filled.get(i), i == 0, i == filled.size() - 1)));
    }
    return values;
  }

  /** In a semicolon-separated file, {@code 5,5} is how the spreadsheet wrote 5.5. */
  private String decimalComma(String value) {
    if (delimiter == ';' && DECIMAL_COMMA.matcher(value).matches()) {
      return value.replace(',', '.');
    }
    return value;
  }

  private static List<String> prepend(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
