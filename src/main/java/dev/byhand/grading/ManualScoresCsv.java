package dev.byhand.grading;

import dev.byhand.exact.Rational;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.NotANumberException;
import dev.byhand.submission.NumberReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a manual-scores CSV the way a TA's spreadsheet writes it: a header naming the columns
 * {@code student}, {@code question}, {@code points} and optionally {@code comment} in any order and
 * case; commas or semicolons (then decimal commas); a BOM. A row with empty points is not scored
 * yet. Each bad row adds a problem instead of stopping the read, so the TA sees them all at once.
 */
final class ManualScoresCsv {
  /** Far beyond any class: a file this large is not a scores sheet. */
  private static final long MAX_BYTES = 16L << 20;

  private final Rubric rubric;
  private final List<String> problems;
  private char delimiter = ',';
  private int[] lineStarts = {0};
  private String text = "";

  ManualScoresCsv(Rubric rubric, List<String> problems) {
    this.rubric = rubric;
    this.problems = problems;
  }

  List<ManualScore> read(Path file) throws IOException {
    String text = text(file);
    delimiter = sniff(text);
    lineStarts = lineStarts(text);
    this.text = text;
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setAllowMissingColumnNames(true)
            .setIgnoreHeaderCase(true)
            .setTrim(true)
            .get();
    List<ManualScore> scores = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Map<String, Integer> columns = parser.getHeaderMap();
      if (!requireColumns(columns)) {
        return scores;
      }
      for (CSVRecord record : parser) {
        row(record).ifPresent(scores::add);
      }
    } catch (IllegalArgumentException | UncheckedIOException e) {
      // Commons CSV reports a duplicate header or an unclosed quote this way.
      throw new ManualScoresException(
          file
              + ": not a readable CSV file ("
              + e.getMessage()
              + "); save it from the spreadsheet as CSV with the columns student,question,points,comment");
    }
    return scores;
  }

  private static String text(Path file) throws IOException {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new ManualScoresException(
            file
                + ": the file is "
                + Files.size(file)
                + " bytes; byhand reads "
                + "scores files of up to 16 MiB, so pass the CSV of scores itself");
      }
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (NoSuchFileException e) {
      throw new ManualScoresException(
          file + ": no such file; pass the TA's scores CSV to --manual");
    } catch (CharacterCodingException e) {
      throw new ManualScoresException(
          file + ": not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\"");
    }
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The 1-based line of a character position, for messages a TA can find in the spreadsheet. */
  private int lineOf(long recordPosition) {
    // A record's position is where the parser started, before any empty lines it skipped.
    int position = (int) recordPosition;
    while (position < text.length()
        && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
      position++;
    }
    int index = java.util.Arrays.binarySearch(lineStarts, position);
    return (index >= 0 ? index : -index - 2) + 1;
  }

  /**
   * A spreadsheet in a decimal-comma locale separates with semicolons; the header line tells which.
   */
  private static char sniff(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
  }

  private boolean requireColumns(Map<String, Integer> columns) {
    List<String> missing = new ArrayList<>();
    for (String column : List.of("student", "question", "points")) {
      if (columns.keySet().stream().noneMatch(c -> c.toLowerCase(Locale.ROOT).equals(column))) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      problems.add(
          "line 1: the header has no "
              + String.join(", ", missing)
              + " column; the first row must"
              + " name the columns student,question,points,comment");
    }
    return missing.isEmpty();
  }

  private Optional<ManualScore> row(CSVRecord record) {
    int lineNumber = lineOf(record.getCharacterPosition());
    String line = "line " + lineNumber;
    String student = cell(record, "student");
    String question = cell(record, "question");
    String points = cell(record, "points");
    if (student.isEmpty() && question.isEmpty() && points.isEmpty()) {
      return Optional.empty();
    }
    if (student.isEmpty()) {
      problems.add(line + ": the student cell is empty; write the student's id, e.g. alice");
      return Optional.empty();
    }
    Optional<Key> key = key(line, question);
    if (key.isEmpty() || points.isEmpty()) {
      return Optional.empty();
    }
    return points(line, key.get(), points)
        .map(
            p ->
                new ManualScore(
                    student.replaceAll("[^A-Za-z0-9._-]", "_"),
                    key.get().text(),
                    p,
                    cell(record, "comment"),
                    lineNumber));
  }

  private static String cell(CSVRecord record, String column) {
    return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
  }

  private record Key(Question question, ItemSpec item) {
    String text() {
      return question.key(item);
    }
  }

  /**
   * {@code q0} when the question has one item, or {@code q0.diagram}; case does not matter. An item
   * byhand grades is a TA's override of byhand's points.
   */
  private Optional<Key> key(String line, String written) {
    String lower = written.toLowerCase(Locale.ROOT);
    int dot = lower.indexOf('.');
    String questionId = dot < 0 ? lower : lower.substring(0, dot);
    Optional<Question> question = rubric.question(questionId);
    if (question.isEmpty()) {
      problems.add(
          line
              + ": the rubric has no question \""
              + written
              + "\"; manual items are "
              + manualKeys()
              + ", and any item byhand grades ("
              + firstAutoKey()
              + ", …) can be overridden");
      return Optional.empty();
    }
    List<ItemSpec> items = question.get().items();
    if (dot < 0) {
      if (items.size() == 1) {
        return Optional.of(new Key(question.get(), items.get(0)));
      }
      problems.add(
          line
              + ": "
              + questionId
              + " has several items; name one, e.g. "
              + question.get().key(items.get(0)));
      return Optional.empty();
    }
    String itemName = lower.substring(dot + 1);
    Optional<ItemSpec> item =
        items.stream().filter(i -> i.name().equalsIgnoreCase(itemName)).findFirst();
    if (item.isEmpty()) {
      problems.add(
          line
              + ": "
              + questionId
              + " has no item \""
              + itemName
              + "\"; its items are "
              + String.join(", ", items.stream().map(i -> question.get().key(i)).toList()));
    }
    return item.map(i -> new Key(question.get(), i));
  }

  private Optional<Rational> points(String line, Key key, String written) {
    String number = delimiter == ';' ? written.replace(',', '.') : written;
    try {
      Rational points = NumberReader.parse(number);
      if (points.signum() < 0 || points.compareTo(key.item().points()) > 0) {
        problems.add(
            line
                + ": "
                + written
                + " points for "
                + key.text()
                + ", which is worth 0 to "
                + key.item().points()
                + "; correct the points");
        return Optional.empty();
      }
      return Optional.of(points);
    } catch (NotANumberException e) {
      problems.add(line + ": points \"" + written + "\" for " + key.text() + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private String manualKeys() {
    List<String> keys = new ArrayList<>();
    rubric.questions().stream()
        .filter(Question::isManual)
        .forEach(q -> q.items().forEach(i -> keys.add(q.key(i))));
    return keys.isEmpty() ? "none in this rubric" : String.join(", ", keys);
  }

  private String firstAutoKey() {
    return rubric.questions().stream()
        .filter(q -> !q.isManual())
        .findFirst()
        .map(q -> q.key(q.items().get(0)))
        .orElse("q1.hidden");
  }
}
