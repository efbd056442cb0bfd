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
 * A table whose header row says what each column holds: the question, the quantity (item), the time
 * step, the entry's index, the value, the token read, or a quantity with its entry ({@code Q1
 * hidden [1]}, {@code h_1}, {@code logit_BOS}). Each row then gives entries of answers, named by
 * its question or step and the quantity, and each answer is its entries in index order:
 *
 * <ul>
 *   <li>one entry per row: {@code question,quantity,index,value} / {@code 1,hidden,1,5};
 *   <li>one item per row with numbered columns: {@code Frage;Teil;1;2;3} / {@code 1;hidden;5;4;0};
 *   <li>one step per row: {@code t,token_read,h_1,h_2,h_3,logit_BOS,…,predicted};
 *   <li>one item per column, its entries going down: {@code q1.hidden,q1.logits} / {@code 5,21};
 *   <li>one response per row (a form's export): {@code Timestamp,Q1 hidden [1],Q1 hidden [2],…};
 *   <li>one quantity per row and a column per step, the row named in words or with its entry:
 *       {@code quantity | after BOS | after "the"} / {@code hidden state | [5, 4, 0] | [57, 8,
 *       36]}, {@code ,step 1,step 2} / {@code h[0],5,57}, {@code logit BOS,21,89};
 *   <li>one step per row, the row named by its step: {@code ,hidden,logits} / {@code after BOS,…}.
 * </ul>
 *
 * <p>The table is the same whatever wrote it: a CSV, a Markdown table ({@link PipeTables}), a LaTeX
 * {@code tabular} ({@link LatexTables}) or pandas' split JSON ({@link JsonTable}) only turn their
 * text into {@link Row}s of cells, and this one reader names the cells.
 *
 * <p>Steps numbered from 0 are read as the step after BOS only when a token column says that the
 * row of step 0 reads the sentence's first token; otherwise every item the rows name is refused, as
 * it could be either step. Entries whose indices do not count up by one from 0 or 1 are refused. A
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

  /** A row of a table: where it is (a line, or a JSON path) and its cells. */
  record Row(Location location, List<String> cells) {}

  /** An entry read: where, the name it was given, its index (null for none) and its text. */
  private record Entry(Location location, String written, String index, String text) {}

  /** {@code after BOS}, {@code after "the" (t = 2)}: a step named by the token it reads. */
  private static final Pattern NUMBER_AND_TOKEN =
      Pattern.compile(
          "0*(\\d{1,3})\\s*[(\\[]\\s*[\"'‘’“”]?([\\p{L}\\d]{1,20})[\"'‘’“”]?\\s*[)\\]]");

  private static final Pattern AFTER_TOKEN =
      Pattern.compile(
          "(?:after|reading|read|nach|après|despues|después)\\s+(?:reading\\s+)?"
              + "[\"'‘’“”]?([\\p{L}\\d]{1,20})[\"'‘’“”]?(?:\\s*[(\\[][^()\\[\\]]{0,40}[)\\]])?",
          Pattern.CASE_INSENSITIVE);

  /** {@code logit BOS}: a quantity and, after a space, the vocabulary word of its entry. */
  private static final Pattern WORD_ENTRY =
      Pattern.compile("(\\p{L}[\\p{L} ]{0,40}?) +(\\S{1,20})");

  /** {@code value 1}, {@code Wert 2}: a column of one entry, by its number. */
  private static final Pattern NUMBERED =
      Pattern.compile(
          "(?:value|values|wert|entry|entries|component|element|col|column|v)\\s*[_#]?\\s*(\\d{1,3})",
          Pattern.CASE_INSENSITIVE);

  private final List<Row> table;
  private final AnswerSink sink;
  private final CsvRows rows;

  /** Whether the table is read only when it names an item asked for (a header not first). */
  private final boolean strict;

  private CsvTable(List<Row> table, AnswerSink sink, CsvRows rows, boolean strict) {
    this.table = table;
    this.sink = sink;
    this.rows = rows;
    this.strict = strict;
  }

  /**
   * Reads {@code table} (its first row the header) when its header is of this kind; returns how
   * many of its rows, the header included, it read: 0 when it is no such table.
   */
  static int read(List<Row> table, AnswerSink sink, CsvRows rows) {
    return read(table, sink, rows, false);
  }

  /**
   * Reads {@code table} as {@link #read(List, AnswerSink, CsvRows)} does; when {@code strict}, only
   * if it names an item asked for (else it returns minus the rows it spans, and reads nothing).
   */
  static int read(List<Row> table, AnswerSink sink, CsvRows rows, boolean strict) {
    return table.size() < 2 ? 0 : new CsvTable(table, sink, rows, strict).read();
  }

  private int read() {
    List<String> names = table.get(0).cells();
    if (names.size() < 2 || strict && names.stream().anyMatch(n -> n.length() > MAX_NAME)) {
      // A line of prose with a comma in it is tried as a header too: a cell longer than a name
      // makes it none, before any name is looked up.
      return 0;
    }
    List<Column> columns = new ArrayList<>();
    for (String name : names) {
      columns.add(column(name));
    }
    mergedHeaders(columns);
    studentName(columns);
    boolean question = has(columns, Kind.QUESTION);
    boolean step = has(columns, Kind.STEP);
    boolean item = has(columns, Kind.ITEM);
    boolean value = has(columns, Kind.VALUE);
    boolean index = has(columns, Kind.INDEX);
    boolean positions = has(columns, Kind.POSITION);
    boolean quantities = has(columns, Kind.QUANTITY);
    boolean stepColumns = has(columns, Kind.STEP_COLUMN);
    if (names.get(0).isEmpty()) {
      // An unnamed first column names the rows: quantities under a header of steps; pandas' row
      // numbers beside one item per column; or steps (every row one) beside columns of
      // quantities that name no item by themselves.
      Kind rows =
          stepColumns
              ? Kind.ITEM
              : itemPerColumn(columns, 1) ? Kind.OTHER : labelsSteps(columns) ? Kind.STEP : null;
      if (rows == null) {
        return 0;
      }
      columns.set(0, new Column(rows, "", null));
      item |= rows == Kind.ITEM;
      step |= rows == Kind.STEP;
    }
    boolean entryPerRow = value && index && (item || question || step);
    boolean itemPerRow = item && (question || step) && (positions || value) && !index;
    boolean itemByStep = item && stepColumns && !question && !step && !value && !index;
    boolean stepPerRow = step && !item && !value && !index && quantities;
    boolean responsePerRow =
        !question && !step && !item && !value && !index && indexedQuantities(columns);
    boolean itemPerColumn =
        !step && itemPerColumn(columns, columns.get(0).kind() == Kind.OTHER ? 1 : 0);
    if (!entryPerRow
        && !itemPerRow
        && !stepPerRow
        && !responsePerRow
        && !itemByStep
        && !itemPerColumn) {
      return 0;
    }
    Map<String, List<Entry>> byName = new LinkedHashMap<>();
    List<String> stepOfRow = new ArrayList<>();
    List<String> tokenOfRow = new ArrayList<>();
    if (itemByStep) {
      // The steps are the columns: each one's number and the token its header says it reads.
      for (Column column : columns) {
        if (column.kind() == Kind.STEP_COLUMN) {
          stepOfRow.add(column.name());
          tokenOfRow.add(column.entry());
        }
      }
    }
    int end = 1;
    for (; end < table.size(); end++) {
      List<String> row = table.get(end).cells();
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
              steps.add(new String[] {column.name(), cell, column.entry()});
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
      Location line = table.get(end).location();
      String[] stepCell = number(rowStep).isEmpty() ? stepOf(rowStep) : null;
      if (stepCell != null) {
        // "step 1 (BOS)", "t=2", "after BOS": the step's number, and the token it reads when no
        // column says.
        rowStep = stepCell[0];
        rowToken = rowToken.isEmpty() ? stepCell[1] : rowToken;
      }
      if (!itemByStep) {
        stepOfRow.add(rowStep);
        tokenOfRow.add(rowToken);
      }
      // A form's responses are one a row: two rows answering one item are two answers.
      String rowContext =
          step ? stepContext(rowStep, rowToken) : responsePerRow ? "\u0002" + end : context;
      if (itemByStep) {
        String[] quantity = entryOf(rowItem);
        // A row naming a step of its own (h1, under columns of steps) says two steps: not read.
        for (int s = 0; s < steps.size() && !KeyResolver.namesAStep(quantity[0]); s++) {
          String[] cell = steps.get(s);
          add(
              byName,
              stepContext(cell[0], cell[2]),
              quantity[0],
              new Entry(line, rowItem, quantity[1], cell[1]));
        }
      } else if (itemPerColumn) {
        // Each column is one answer, its entries going down under its key, placed on the header.
        for (String[] n : named) {
          List<Entry> above = byName.get("\u0001" + n[0]);
          String at = String.valueOf(above == null ? 1 : above.size() + 1);
          add(byName, "", n[0], new Entry(table.get(0).location(), n[0], at, n[2]));
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
    if (strict && !namesAnItem(byName)) {
      // Shaped like a table but naming nothing asked for: its rows are not tried as headers again,
      // so the file is read in linear time, and they are left for the other readers.
      return -end;
    }
    int shift = step || itemByStep ? shift(stepOfRow, tokenOfRow, byName) : 0;
    if (shift >= 0) {
      for (Map.Entry<String, List<Entry>> named : byName.entrySet()) {
        answer(named.getKey(), named.getValue(), shift);
      }
    }
    return end;
  }

  /**
   * {@code name,h1_1,h1_2,…,pred1}: when every other column is a quantity (or a timestamp, an
   * e-mail), a column headed {@code name} holds the student's name, not the item's, as it does in
   * {@code name,value}.
   */
  /**
   * A spreadsheet's merged header ({@code step,token,h,,,logits,,,,,,next}): the unnamed columns
   * right after a quantity's column hold its further entries, so each becomes an entry of it,
   * counted from 1; a quantity with no such column stays whole.
   */
  private static void mergedHeaders(List<Column> columns) {
    for (int i = 1; i + 1 < columns.size(); i++) {
      Column named = columns.get(i);
      if (named.kind() != Kind.QUANTITY || named.entry() != null || named.name().isEmpty()) {
        continue;
      }
      int end = i + 1;
      while (end < columns.size()
          && columns.get(end).kind() == Kind.QUANTITY
          && columns.get(end).name().isEmpty()) {
        end++;
      }
      if (end == i + 1) {
        continue;
      }
      for (int k = i; k < end; k++) {
        columns.set(k, new Column(Kind.QUANTITY, named.name(), String.valueOf(k - i + 1)));
      }
      i = end - 1;
    }
  }

  private static void studentName(List<Column> columns) {
    int name = -1;
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      if (column.kind() == Kind.ITEM
          && name < 0
          && OTHER.contains(KeyWords.squash(column.name()))) {
        name = c;
      } else if (column.kind() != Kind.QUANTITY && column.kind() != Kind.OTHER) {
        return;
      }
    }
    if (name >= 0) {
      columns.set(name, new Column(Kind.OTHER, columns.get(name).name(), null));
    }
  }

  /** Whether some answer the rows name, with steps counted from 0 or 1, is an item asked for. */
  private boolean namesAnItem(Map<String, List<Entry>> byName) {
    for (String grouped : byName.keySet()) {
      for (int shift = 0; shift <= 1; shift++) {
        String text = keyText(grouped, shift);
        if (text != null
            && sink.key(text) instanceof KeyResolution.Found found
            && sink.asks(found.key())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The context of a step's entries: its number (or nothing) and the token it reads (or ""). */
  private static String stepContext(String step, String token) {
    return "\u0000" + step + "\u0003" + token;
  }

  /**
   * A step written in a cell: {@code step 1 (BOS)}, {@code t=2}, {@code after "the" (t = 2)}; its
   * number ("" when it is named by its token alone) and the token it reads (""); null for none.
   */
  private static String[] stepOf(String cell) {
    String text = Clean.strip(cell);
    if (text.length() > MAX_NAME) {
      return null;
    }
    if (text.isEmpty()) {
      return null;
    }
    // Each expression is tried only where it can match (its first letter; a digit for a step's
    // number): a line of prose is tried as a header cell by cell, and a matcher costs in the page.
    char first = Character.toLowerCase(text.charAt(0));
    Matcher numbered = STEP_COLUMN.matcher(text);
    if ((first == 's' || first == 't')
        && NumberReader.hasDigit(text, 0, text.length())
        && numbered.matches()) {
      String token = numbered.group(2) == null ? "" : numbered.group(2);
      return new String[] {String.valueOf(Integer.parseInt(numbered.group(1))), token};
    }
    if (first >= '0' && first <= '9') {
      // "1 (BOS)", "2 ("the")": the step's number and the token it reads.
      Matcher read = NUMBER_AND_TOKEN.matcher(text);
      return read.matches()
          ? new String[] {String.valueOf(Integer.parseInt(read.group(1))), read.group(2)}
          : null;
    }
    if ("arnd".indexOf(first) < 0) {
      return null;
    }
    Matcher after = AFTER_TOKEN.matcher(text);
    return after.matches() ? new String[] {"", after.group(1)} : null;
  }

  /**
   * Whether every row below the header is named by a step in its first cell, and no column names an
   * item by itself ({@code q1.hidden}, whose rows would be its entries, not steps).
   */
  private boolean labelsSteps(List<Column> columns) {
    for (Column column : columns.subList(1, columns.size())) {
      if (sink.key(column.name()) instanceof KeyResolution.Found) {
        return false;
      }
    }
    for (int r = 1; r < table.size(); r++) {
      List<String> cells = table.get(r).cells();
      if (cells.isEmpty() || number(cells.get(0)).isEmpty() && stepOf(cells.get(0)) == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * A row's name as a quantity and its entry: {@code h[0]}, {@code h_1}, {@code logit BOS} (a word
   * of the vocabulary); the whole name and null when it names no entry.
   */
  private String[] entryOf(String name) {
    if (name.length() <= MAX_NAME) {
      for (Pattern pattern : List.of(BRACKETED, UNDERSCORED, WORD_ENTRY)) {
        Matcher m = pattern.matcher(name);
        // Under columns of steps, h_1 and h[1] are entries: the column says the step. A name
        // ending in a word of the vocabulary is an entry only when it names no item itself.
        if (m.matches()
            && isEntry(m.group(2))
            && (pattern != WORD_ENTRY
                || sink.wordIndex(m.group(2)) >= 0
                    && !(sink.key(name) instanceof KeyResolution.Found))) {
          return new String[] {Clean.strip(m.group(1)), m.group(2)};
        }
      }
    }
    return new String[] {name, null};
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
      int token = context.indexOf('\u0003');
      String step = context.substring(1, token);
      if (step.isEmpty()) {
        // A step named by the token it reads alone ("after BOS"): the name with that token.
        String read = context.substring(token + 1);
        return read.isEmpty() ? null : name + " after reading " + read;
      }
      return number(step).map(s -> "step " + (s + shift) + " " + name).orElse(null);
    }
    return context.startsWith("\u0002") ? name : (context + " " + name).strip();
  }

  /**
   * 0 when steps count from 1, 1 when they count from 0 and a token column says that step 0 reads
   * the first token; -1 when they count from 0 with nothing saying so (every item named is then
   * refused).
   */
  private int shift(
      List<String> stepOfRow, List<String> tokenOfRow, Map<String, List<Entry>> byName) {
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
      String stepZero = stepContext(stepOfRow.get(zero), token) + "\u0001";
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
    Location location = table.get(0).location();
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
    Location location = first.location();
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
   * vocabulary words in the vocabulary's order, letters from {@code a}, or one entry without an
   * index; empty otherwise.
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
      int word = sink.wordIndex(index);
      int position = number.orElse(word >= 0 ? word : letter(index));
      if (position < 0 || number.isPresent() != number(entries.get(0).index()).isPresent()) {
        // Numbers beside words or letters say no one order.
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

  /**
   * Whether the header is one of two or more different keys the assignment asks ({@code
   * q1.hidden,q1.logits,q2.prediction}), each answer going down its column, and the row under it
   * names no key (else it is a file of key rows).
   */
  private boolean itemPerColumn(List<Column> columns, int from) {
    List<AnswerKey> seen = new ArrayList<>();
    for (Column column : columns.subList(from, columns.size())) {
      if (column.kind() != Kind.QUANTITY
          || column.entry() != null
          || !(sink.key(column.name()) instanceof KeyResolution.Found found)
          || !sink.asks(found.key())
          || found.key().isQuestionOnly()
          || seen.contains(found.key())) {
        return false;
      }
      seen.add(found.key());
    }
    List<String> below = table.get(1).cells();
    return !below.isEmpty() && !(sink.key(below.get(0)) instanceof KeyResolution.Found);
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
    String[] stepColumn = stepOf(name);
    if (stepColumn != null) {
      return new Column(Kind.STEP_COLUMN, stepColumn[0], stepColumn[1]);
    }
    String stripped = Clean.strip(name);
    char last = stripped.isEmpty() ? ' ' : stripped.charAt(stripped.length() - 1);
    Matcher numbered = NUMBERED.matcher(stripped);
    if (Character.isDigit(last) && numbered.matches()) {
      return new Column(Kind.POSITION, numbered.group(1), null);
    }
    for (Pattern pattern : List.of(BRACKETED, UNDERSCORED)) {
      // BRACKETED ends in a bracket, UNDERSCORED holds an underscore: tried only then.
      boolean may = pattern == BRACKETED ? last == ']' || last == ')' : stripped.indexOf('_') >= 0;
      Matcher m = pattern.matcher(stripped);
      if (may && m.matches() && isEntry(m.group(2))) {
        return new Column(Kind.QUANTITY, shortName(Clean.strip(m.group(1))), m.group(2));
      }
    }
    return new Column(Kind.QUANTITY, stripped, null);
  }

  /**
   * A spreadsheet's short name for a quantity whose entries have a column each: {@code l1} in
   * {@code l1_1,…,l1_6} is {@code logits1}. Only in such a header: in text, {@code l'} is French.
   */
  private static String shortName(String quantity) {
    boolean logits =
        quantity.length() >= 1
            && quantity.length() <= 3
            && (quantity.charAt(0) == 'l' || quantity.charAt(0) == 'L')
            && quantity.chars().skip(1).allMatch(c -> c >= '0' && c <= '9');
    return logits ? "logits" + quantity.substring(1) : quantity;
  }

  /** An entry's index: a number, or a word of the vocabulary (a logit's column). */
  private boolean isEntry(String index) {
    return number(index).isPresent() || sink.wordIndex(index) >= 0 || letter(index) >= 0;
  }

  /** {@code a}, {@code b}, {@code c} of {@code h_a,h_b,h_c}: an entry by its letter, from 0. */
  private static int letter(String index) {
    return index.length() == 1 && index.charAt(0) >= 'a' && index.charAt(0) <= 'h'
        ? index.charAt(0) - 'a'
        : -1;
  }

  /** The cells of a header or row: split at the delimiter, a quoted cell unquoted. */
  static List<String> cells(String line, char delimiter) {
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
