package dev.byhand.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spreadsheet whose header row says what each column holds: the question, the quantity (item),
 * the time step, the entry's index, the value, the token read, or a quantity with its entry ({@code
 * Q1 hidden [1]}, {@code h_1}, {@code logit_BOS}). Each row then gives entries of answers, named by
 * its question or step and the quantity, and each answer is its entries in index order:
 *
 * <ul>
 *   <li>one entry per row: {@code question,quantity,index,value} / {@code 1,hidden,1,5};
 *   <li>one item per row with numbered columns: {@code Frage;Teil;1;2;3} / {@code 1;hidden;5;4;0};
 *   <li>one step per row: {@code t,token_read,h_1,h_2,h_3,logit_BOS,…,predicted};
 *   <li>one response per row (a form's export): {@code Timestamp,Q1 hidden [1],Q1 hidden [2],…}.
 * </ul>
 *
 * Steps numbered from 0 are read as the step after BOS only when a token column says that the row
 * of step 0 reads the sentence's first token; otherwise every item the rows name is refused, as it
 * could be either step. Entries whose indices do not count up by one from 0 or 1 are refused. A
 * header that says none of this is left to {@link CsvRows}. Linear in the file.
 */
final class CsvTable {
  private static final Set<String> QUESTION =
      Set.of("question", "questions", "q", "frage", "aufgabe", "task", "problem", "exercise");
  private static final Set<String> ITEM =
      Set.of(
          "quantity",
          "item",
          "part",
          "teil",
          "name",
          "variable",
          "what",
          "größe",
          "grosse",
          "subquestion");
  private static final Set<String> STEP =
      Set.of("t", "step", "time", "timestep", "zeit", "schritt", "tstep");
  private static final Set<String> TOKEN =
      Set.of(
          "token",
          "tokenread",
          "input",
          "inputtoken",
          "word",
          "read",
          "reads",
          "x",
          "xt",
          "currenttoken",
          "tokenin",
          "inputword");
  private static final Set<String> INDEX =
      Set.of(
          "index",
          "idx",
          "i",
          "j",
          "entry",
          "position",
          "pos",
          "component",
          "element",
          "dim",
          "unit",
          "neuron",
          "k");
  private static final Set<String> VALUE =
      Set.of("value", "values", "answer", "wert", "antwort", "result", "val");
  private static final Set<String> OTHER =
      Set.of(
          "timestamp",
          "emailaddress",
          "email",
          "mail",
          "name",
          "studentname",
          "student",
          "studentid",
          "id",
          "notes",
          "note",
          "comment",
          "comments",
          "remarks",
          "remark");

  /** The longest cell read as a column's name (a value's limit): longer ones name nothing. */
  private static final int MAX_NAME = 100;

  /** {@code Q1 hidden [1]}, {@code logits(2)}: a quantity and its entry in brackets. */
  private static final Pattern BRACKETED =
      Pattern.compile("(.*?[\\p{L}\\d].*?)\\s*[\\[(]\\s*(\\w{1,20})\\s*[\\])]");

  /** {@code step 1 (BOS)}, {@code t=2}: a column of one step, and the token it reads if said. */
  private static final Pattern STEP_COLUMN =
      Pattern.compile(
          "(?:step|t|time|timestep|schritt)\\s*[=_:]?\\s*(\\d{1,3})"
              + "\\s*(?:[(\\[]\\s*(?:after\\s+|reading\\s+|reads\\s+|read\\s+)*"
              + "[\"'‘’“”]?([\\p{L}\\d]{1,20})[\"'‘’“”]?\\s*[)\\]])?",
          Pattern.CASE_INSENSITIVE);

  /** {@code h_1}, {@code logit_BOS}: a quantity, an underscore and its entry. */
  private static final Pattern UNDERSCORED = Pattern.compile("(\\p{L}[\\p{L}\\d ]*?)_(\\w{1,20})");

  private enum Kind {
    QUESTION,
    ITEM,
    STEP,
    TOKEN,
    INDEX,
    VALUE,
    POSITION,
    STEP_COLUMN,
    QUANTITY,
    OTHER
  }

  /** A column: its kind, and for a quantity its name as written and its entry (null for none). */
  private record Column(Kind kind, String name, String entry) {}

  /** An entry read: where, the name it was given, its index (null for none) and its text. */
  private record Entry(int line, String written, String index, String text) {}

  private final List<String> lines;
  private final char delimiter;
  private final AnswerSink sink;
  private final CsvRows rows;

  private CsvTable(List<String> lines, char delimiter, AnswerSink sink, CsvRows rows) {
    this.lines = lines;
    this.delimiter = delimiter;
    this.sink = sink;
    this.rows = rows;
  }

  /**
   * Reads the table when the file's first row is a header of this kind, and blanks the lines it
   * read; leaves every other file as it is.
   */
  static void read(List<String> lines, char delimiter, AnswerSink sink, CsvRows rows) {
    new CsvTable(lines, delimiter, sink, rows).read();
  }

  private void read() {
    int header = 0;
    while (header < lines.size() && Clean.isBlank(lines.get(header))) {
      header++;
    }
    if (header + 1 >= lines.size()) {
      return;
    }
    List<String> names = cells(lines.get(header));
    if (names.size() < 2) {
      return;
    }
    List<Column> columns = new ArrayList<>();
    for (String name : names) {
      columns.add(column(name));
    }
    boolean question = has(columns, Kind.QUESTION);
    boolean step = has(columns, Kind.STEP);
    boolean item = has(columns, Kind.ITEM);
    boolean value = has(columns, Kind.VALUE);
    boolean index = has(columns, Kind.INDEX);
    boolean positions = has(columns, Kind.POSITION);
    boolean quantities = has(columns, Kind.QUANTITY);
    boolean stepColumns = has(columns, Kind.STEP_COLUMN);
    boolean entryPerRow = value && index && (item || question || step);
    boolean itemPerRow = item && (question || step) && (positions || value) && !index;
    boolean itemByStep = item && stepColumns && !question && !step && !value && !index;
    boolean stepPerRow = step && !item && !value && !index && quantities;
    boolean responsePerRow =
        !question && !step && !item && !value && !index && indexedQuantities(columns);
    if (!entryPerRow && !itemPerRow && !stepPerRow && !responsePerRow && !itemByStep) {
      return;
    }
    Map<String, List<Entry>> byName = new LinkedHashMap<>();
    List<String> stepOfRow = new ArrayList<>();
    List<String> tokenOfRow = new ArrayList<>();
    if (itemByStep) {
      // The steps are the columns: each one's number and the token its header says it reads.
      for (Column column : columns) {
        if (column.kind() == Kind.STEP_COLUMN) {
          stepOfRow.add(column.name());
          tokenOfRow.add(column.entry() == null ? "" : column.entry());
        }
      }
    }
    int end = header + 1;
    for (; end < lines.size() && !Clean.isBlank(lines.get(end)); end++) {
      List<String> row = cells(lines.get(end));
      if (row.size() > columns.size()) {
        break;
      }
      String context = "";
      String rowStep = "";
      String rowToken = "";
      String rowItem = "";
      String rowIndex = null;
      String rowValue = "";
      List<String[]> named = new ArrayList<>();
      List<String[]> steps = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        Column column = columns.get(c);
        String cell = row.get(c);
        switch (column.kind()) {
          case QUESTION -> context = cell;
          case STEP -> rowStep = cell;
          case TOKEN -> rowToken = cell;
          case ITEM -> rowItem = cell;
          case INDEX -> rowIndex = cell.isEmpty() ? null : cell;
          case VALUE -> rowValue = cell;
          case STEP_COLUMN -> {
            if (!cell.isEmpty()) {
              steps.add(new String[] {column.name(), cell});
            }
          }
          case POSITION, QUANTITY -> {
            if (!cell.isEmpty()) {
              named.add(new String[] {column.name(), column.entry(), cell});
            }
          }
          case OTHER -> {}
        }
      }
      int line = end + 1;
      Matcher stepCell = STEP_COLUMN.matcher(rowStep);
      if (number(rowStep).isEmpty() && stepCell.matches()) {
        // "step 1 (BOS)", "t=2": the step's number, and the token it reads when no column says.
        rowStep = String.valueOf(Integer.parseInt(stepCell.group(1)));
        rowToken = rowToken.isEmpty() && stepCell.group(2) != null ? stepCell.group(2) : rowToken;
      }
      if (!itemByStep) {
        stepOfRow.add(rowStep);
        tokenOfRow.add(rowToken);
      }
      // A form's responses are one a row: two rows answering one item are two answers.
      String rowContext = step ? "\u0000" + rowStep : responsePerRow ? "\u0002" + end : context;
      if (itemByStep) {
        for (String[] s : steps) {
          add(byName, "\u0000" + s[0], rowItem, new Entry(line, rowItem, null, s[1]));
        }
      } else if (entryPerRow || itemPerRow) {
        if (entryPerRow || value) {
          if (!rowValue.isEmpty()) {
            add(byName, rowContext, rowItem, new Entry(line, rowItem, rowIndex, rowValue));
          }
        } else {
          for (String[] n : named) {
            add(byName, rowContext, rowItem, new Entry(line, rowItem, n[0], n[2]));
          }
        }
      } else {
        for (String[] n : named) {
          add(byName, rowContext, n[0], new Entry(line, n[0], n[1], n[2]));
        }
      }
    }
    for (int i = header; i < end; i++) {
      lines.set(i, "");
    }
    int shift = step || itemByStep ? shift(stepOfRow, tokenOfRow, byName, header) : 0;
    if (shift < 0) {
      return;
    }
    for (Map.Entry<String, List<Entry>> named : byName.entrySet()) {
      answer(named.getKey(), named.getValue(), shift);
    }
  }

  private static void add(Map<String, List<Entry>> byName, String context, String name, Entry e) {
    byName.computeIfAbsent(context + "\u0001" + name, k -> new ArrayList<>()).add(e);
  }

  /**
   * The name an answer's entries were grouped under, as the key it would be read as: {@code 1
   * hidden}, {@code step 1 h}; null when a row of the step it names is not a number.
   */
  private static String keyText(String grouped, int shift) {
    int split = grouped.indexOf('\u0001');
    String context = grouped.substring(0, split);
    String name = grouped.substring(split + 1);
    if (context.startsWith("\u0000")) {
      return number(context.substring(1)).map(s -> "step " + (s + shift) + " " + name).orElse(null);
    }
    return context.startsWith("\u0002") ? name : (context + " " + name).strip();
  }

  /**
   * 0 when steps count from 1, 1 when they count from 0 and a token column says that step 0 reads
   * the first token; -1 when they count from 0 with nothing saying so (every item named is then
   * refused).
   */
  private int shift(
      List<String> stepOfRow,
      List<String> tokenOfRow,
      Map<String, List<Entry>> byName,
      int header) {
    int zero = -1;
    for (int r = 0; r < stepOfRow.size() && zero < 0; r++) {
      if (number(stepOfRow.get(r)).filter(s -> s == 0).isPresent()) {
        zero = r;
      }
    }
    if (zero < 0) {
      return 0;
    }
    String token = tokenOfRow.get(zero);
    if (!token.isEmpty()) {
      // The row of step 0 reads the sentence's first token when its quantities, named by that
      // token ("hidden after reading BOS"), are the items of step 1.
      String stepZero = "\u0000" + stepOfRow.get(zero) + "\u0001";
      for (String grouped : byName.keySet()) {
        if (grouped.startsWith(stepZero)) {
          String name = grouped.substring(stepZero.length());
          KeyResolution read = sink.key(name + " after reading " + token);
          KeyResolution first = sink.key("step 1 " + name);
          if (read instanceof KeyResolution.Found a
              && first instanceof KeyResolution.Found b
              && a.key().equals(b.key())) {
            return 1;
          }
        }
      }
    }
    Location location = Location.ofLine(sink.fileName(), header + 1);
    List<AnswerKey> refused = new ArrayList<>();
    for (Map.Entry<String, List<Entry>> named : byName.entrySet()) {
      for (int shift = 0; shift <= 1; shift++) {
        String text = keyText(named.getKey(), shift);
        if (text != null
            && sink.key(text) instanceof KeyResolution.Found found
            && sink.asks(found.key())
            && !refused.contains(found.key())) {
          refused.add(found.key());
        }
      }
    }
    for (AnswerKey key : refused) {
      sink.refuse(
          key,
          key.toString(),
          location,
          "this table numbers its steps from 0 and nothing in it says that step 0 reads the"
              + " sentence's first token, so its rows could be counted from the step after BOS or"
              + " from the one before;"
              + " byhand grades neither rather than one step as another. Number the steps from 1,"
              + " or add a column token_read saying the token each row reads");
    }
    return -1;
  }

  private void answer(String grouped, List<Entry> entries, int shift) {
    String text = keyText(grouped, shift);
    if (text == null) {
      return;
    }
    KeyResolution key = sink.key(text);
    Entry first = entries.get(0);
    Location location = Location.ofLine(sink.fileName(), first.line());
    if (key instanceof KeyResolution.Ambiguous ambiguous) {
      sink.problem(location, ambiguous.sentence(first.written()));
      sink.refuse(ambiguous, first.written(), location);
      return;
    }
    if (!(key instanceof KeyResolution.Found found) || !sink.asks(found.key())) {
      return;
    }
    Optional<List<String>> ordered = inOrder(entries);
    if (ordered.isEmpty()) {
      sink.refuse(
          found.key(),
          first.written(),
          location,
          "the entries of "
              + found.key()
              + " in this table are numbered "
              + String.join(", ", entries.stream().map(e -> String.valueOf(e.index())).toList())
              + ", which do not count up by one from 0 or 1, so byhand cannot tell their order;"
              + " number them 1, 2, 3, …");
      return;
    }
    sink.answer(found.key(), first.written(), rows.written(ordered.get()), location);
  }

  /**
   * The entries' texts in index order: indices counting up by one from 0 or 1 (in any row order),
   * vocabulary words in the vocabulary's order, or one entry without an index; empty otherwise.
   */
  private Optional<List<String>> inOrder(List<Entry> entries) {
    if (entries.size() == 1 && entries.get(0).index() == null) {
      return Optional.of(List.of(entries.get(0).text()));
    }
    int[] positions = new int[entries.size()];
    int min = Integer.MAX_VALUE;
    for (int i = 0; i < entries.size(); i++) {
      String index = entries.get(i).index();
      if (index == null) {
        return Optional.empty();
      }
      Optional<Integer> number = number(index);
      int position = number.orElseGet(() -> sink.wordIndex(index));
      if (position < 0) {
        return Optional.empty();
      }
      positions[i] = position;
      min = Math.min(min, position);
    }
    boolean words = number(entries.get(0).index()).isEmpty();
    if (!words && min > 1) {
      return Optional.empty();
    }
    String[] ordered = new String[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      int at = positions[i] - (words ? 0 : min);
      if (at >= ordered.length || ordered[at] != null) {
        return Optional.empty();
      }
      ordered[at] = entries.get(i).text();
    }
    return Optional.of(List.of(ordered));
  }

  private static Optional<Integer> number(String text) {
    String digits = Clean.strip(text);
    if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(digits));
  }

  private static boolean has(List<Column> columns, Kind kind) {
    return columns.stream().anyMatch(c -> c.kind() == kind);
  }

  /**
   * Whether the header is a form's: every column but the other ones ({@code Timestamp}) names an
   * item alone, and some name their entry ({@code Q1 hidden [1]}). A row of a key and its values
   * ({@code q1.hidden[1],4}) is no such header.
   */
  private boolean indexedQuantities(List<Column> columns) {
    boolean indexed = false;
    for (Column column : columns) {
      if (column.kind() == Kind.QUANTITY
          && sink.key(column.name()) instanceof KeyResolution.Found) {
        indexed |= column.entry() != null;
      } else if (column.kind() != Kind.OTHER) {
        return false;
      }
    }
    return indexed;
  }

  private Column column(String name) {
    String squashed = KeyWords.squash(name);
    if (number(name).isPresent()) {
      return new Column(Kind.POSITION, Clean.strip(name), null);
    }
    for (Map.Entry<Set<String>, Kind> kind :
        List.of(
            Map.entry(QUESTION, Kind.QUESTION),
            Map.entry(ITEM, Kind.ITEM),
            Map.entry(STEP, Kind.STEP),
            Map.entry(TOKEN, Kind.TOKEN),
            Map.entry(INDEX, Kind.INDEX),
            Map.entry(VALUE, Kind.VALUE),
            Map.entry(OTHER, Kind.OTHER))) {
      if (kind.getKey().contains(squashed)) {
        return new Column(kind.getValue(), name, null);
      }
    }
    if (name.length() > MAX_NAME) {
      // No column is named by a paragraph; and the page's regular expressions recurse per
      // character, so a 10,000-digit cell must not reach BRACKETED.
      return new Column(Kind.QUANTITY, Clean.strip(name), null);
    }
    Matcher stepColumn = STEP_COLUMN.matcher(Clean.strip(name));
    if (stepColumn.matches()) {
      return new Column(
          Kind.STEP_COLUMN,
          String.valueOf(Integer.parseInt(stepColumn.group(1))),
          stepColumn.group(2));
    }
    for (Pattern pattern : List.of(BRACKETED, UNDERSCORED)) {
      Matcher m = pattern.matcher(Clean.strip(name));
      if (m.matches() && isEntry(m.group(2))) {
        return new Column(Kind.QUANTITY, Clean.strip(m.group(1)), m.group(2));
      }
    }
    return new Column(Kind.QUANTITY, Clean.strip(name), null);
  }

  /** An entry's index: a number, or a word of the vocabulary (a logit's column). */
  private boolean isEntry(String index) {
    return number(index).isPresent() || sink.wordIndex(index) >= 0;
  }

  /** The cells of a header or row: split at the delimiter, a quoted cell unquoted. */
  private List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == delimiter && !quoted) {
        cells.add(Clean.stripSpaces(cell.toString()));
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(Clean.stripSpaces(cell.toString()));
    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }
}
