package dev.byhand.submission;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns CSV rows into answers: the first cell is the key, the rest its values, one per cell or all
 * in one cell. A first row without a key is a header. Not thread-safe: one per file read.
 */
final class CsvRows {
  private static final Pattern DECIMAL_COMMA = Pattern.compile("[+\\-\u2212]?\\d*,\\d+");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
  private static final Pattern DECORATED = Pattern.compile("[\\\\$=#/&]|\\(\\s*\\d");

  /**
   * A word that says an answer follows ({@code Ans.}, {@code Answer:}, {@code Final answer →},
   * {@code Antwort:}, {@code 答：}) and its sign, at the start of a line or right after its question
   * heading; what follows is read as if the word were not there.
   */
  /** How far into a cell a heading and a word saying an answer follows are looked for. */
  private static final int MAX_LEADER = 200;

  private static final Pattern ANSWER_WORD =
      Pattern.compile(
          "(?:\\*\\*)?(?:final\\s+answers?|answers?|ans|antwort|antwoord|respuesta|r[ée]ponse"
              + "|risposta|resposta|odpowied[zź]|cevap|tr\u1ea3\\s+l\u1eddi|jawaban|\u043e\u0442\u0432\u0435\u0442"
              + "|\u7b54\u6848?|\u89e3\u7b54)(?:\\*\\*)?"
              + "(?:\\s*[.:\uff1a=\u2192\u21d2-]+(?:\\*\\*)?\\s*|\\s+)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Set<String> NOTE_HEADERS =
      Set.of(
          "note",
          "notes",
          "comment",
          "comments",
          "explanation",
          "working",
          "workings",
          "work",
          "remark",
          "remarks",
          "reasoning",
          "why",
          "how",
          "justification",
          "steps",
          "method");

  private final AnswerSink sink;
  private final char delimiter;
  private final Set<Integer> noteColumns = new HashSet<>();

  /**
   * In a write-up (Markdown, LaTeX, a Python session) a line that is no answer is prose, not a
   * problem.
   */
  private final boolean prose;

  private boolean seenRow;
  private int rows;

  /**
   * The question whose heading, alone or asking its question ({@code > 2. What is the model
   * predicting?}), was the row before this one; null after any other row.
   */
  private String headingAbove;

  CsvRows(AnswerSink sink, char delimiter) {
    this(sink, delimiter, false);
  }

  CsvRows(AnswerSink sink, char delimiter, boolean prose) {
    this.sink = sink;
    this.delimiter = delimiter;
    this.prose = prose;
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
      sink.problem(
          location,
          "the file has more than "
              + Limits.MAX_ROWS
              + " rows (the limit); stopped reading here. Keep only your answers in the file");
      return false;
    }
    boolean header = !seenRow;
    seenRow = true;
    // The raw cell keeps its indentation: an indented "a)" is a part, not question 1.
    Optional<String> heading = Headings.question(rawCells.get(0));
    heading.ifPresent(sink::underQuestion);
    if (heading.isEmpty()) {
      Optional<Headings.Step> step = Headings.step(rawCells.get(0));
      if (step.isPresent() && (step.get().end() < rawCells.get(0).length() || cells.size() == 1)) {
        // "After BOS: h = [5, 4, 0], logits = …": the heading says which step; the rest is read.
        // A heading cut off at a comma ("After reading the, the model predicts is.") is prose.
        sink.underStep(step.get());
        cells.set(0, Clean.stripSpaces(rawCells.get(0).substring(step.get().end())));
        if (cells.stream().allMatch(String::isEmpty)) {
          return true;
        }
      }
    }
    cells.set(0, withoutAnswerWord(cells.get(0)));
    if (cells.stream().allMatch(String::isEmpty)) {
      return true;
    }
    String under = headingAbove;
    String joined = String.join(delimiter + " ", cells);
    headingAbove =
        heading.isPresent()
                && Headings.after(joined)
                    .map(t -> t.replace("*", "").strip())
                    .map(t -> t.isEmpty() || t.endsWith("?"))
                    .orElse(false)
            ? heading.get()
            : null;
    if (under != null && cells.size() == 1) {
      Optional<Row> word = wordBelowHeading(under, cells.get(0));
      if (word.isPresent()) {
        answer(word.get(), location);
        return true;
      }
    }
    if (!(sink.key(cells.get(0)) instanceof KeyResolution.Found)) {
      List<String> pieces = Segments.split(String.join(delimiter + " ", cells), sink);
      if (!pieces.isEmpty()) {
        for (String piece : pieces) {
          keyed(List.of(piece)).ifPresent(row -> answer(row, location));
        }
        return true;
      }
    }
    keyed(cells)
        .ifPresentOrElse(
            row -> answer(row, location), () -> predictionOrNotAKey(cells, header, location));
    return true;
  }

  /**
   * {@code cell} without a word that says an answer follows, at its start or after its question
   * heading ({@code **2.** Answer: BOS} → {@code **2.** BOS}); a word alone stays (a heading).
   */
  private static String withoutAnswerWord(String cell) {
    // Both start the cell: a long cell (a 200 KB LaTeX row) is looked at only where they can be.
    String start = cell.length() > MAX_LEADER ? cell.substring(0, MAX_LEADER) : cell;
    int from = 0;
    if (Headings.mayStart(start)) {
      Matcher heading = Headings.HEADING.matcher(start);
      from = heading.lookingAt() ? heading.end() : 0;
    }
    if (!mayStartAnAnswerWord(start, from)) {
      // Most lines start with no such word: a matcher costs, in the page most of all.
      return cell;
    }
    Matcher word = ANSWER_WORD.matcher(start.substring(from));
    if (!word.lookingAt() || from + word.end() == cell.length()) {
      return cell;
    }
    return (cell.substring(0, from) + cell.substring(from + word.end())).strip();
  }

  /** Whether the text at {@code from} may start {@link #ANSWER_WORD}: by its first letter. */
  private static boolean mayStartAnAnswerWord(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == '*') {
      i++;
    }
    return i < text.length()
        && "aAfFrRoOcCtTjJ\u043e\u041e\u7b54\u89e3".indexOf(text.charAt(i)) >= 0;
  }

  /**
   * A line that is no key and value may still say what the model predicts ({@code so the model
   * predicts BOS.}): that word answers the prediction of the question heading the line is under,
   * and without such a heading the line is prose.
   */
  private void predictionOrNotAKey(List<String> cells, boolean header, Location location) {
    Optional<String> word = PredictionSentence.prediction(String.join(delimiter + " ", cells));
    KeyResolution key = word.isPresent() ? sink.key("prediction") : new KeyResolution.None();
    if (key instanceof KeyResolution.Found) {
      answer(new Row(key, "prediction", List.of(word.get())), location);
    } else {
      notAKey(cells, header, location);
    }
  }

  /** Reports a line whose quotes do not pair up; the parser resumes after it. */
  void brokenQuote(int line) {
    seenRow = true;
    sink.problem(
        Location.ofLine(sink.fileName(), line),
        "a quote (\") on this line is never closed "
            + "or is followed by more text, so the line was skipped; close the quote or remove it");
  }

  private record Row(KeyResolution key, String keyAsWritten, List<String> valueCells) {}

  private void answer(Row row, Location location) {
    if (row.key() instanceof KeyResolution.Found found) {
      int chars = 0;
      for (String cell : row.valueCells()) {
        chars += cell.length();
      }
      if (sink.tooLong(found.key(), chars, location)) {
        return;
      }
      if (unclosed(row.valueCells())) {
        // "h = [5, 4," with the rest of the vector on no line read with it: never its first part.
        sink.refuseUnclosed(found.key(), row.keyAsWritten(), location);
        return;
      }
      Written written = written(row.valueCells());
      sink.answer(found.key(), row.keyAsWritten(), written, location);
    } else if (row.key() instanceof KeyResolution.Ambiguous ambiguous) {
      sink.problem(location, ambiguous.sentence(row.keyAsWritten()));
      sink.refuse(ambiguous, row.keyAsWritten(), location);
    }
  }

  /** Whether the cells open a square bracket they never close. */
  private static boolean unclosed(List<String> cells) {
    int depth = 0;
    for (String cell : cells) {
      for (int i = 0; i < cell.length(); i++) {
        char c = cell.charAt(i);
        depth += c == '[' && !Clean.isEscapeBracket(cell, i) ? 1 : c == ']' ? -1 : 0;
      }
    }
    return depth > 0;
  }

  private Optional<Row> keyed(List<String> cells) {
    String first = cells.get(0);
    List<String> rest = cells.subList(1, cells.size());
    if (LooseLine.leader(first) > 0) {
      Optional<Row> led =
          LooseLine.split(first, sink)
              .map(s -> new Row(s.key(), s.keyAsWritten(), prepend(s.rest(), rest)));
      if (led.isPresent()) {
        return led;
      }
    }
    Optional<LooseLine.Split> gap =
        rest.stream().allMatch(Clean::isBlank)
            ? LooseLine.gapThenWord(first, sink)
            : Optional.empty();
    if (gap.isPresent()) {
      // "prediction  BOS": read as a key and a word, not as one key (the prediction after BOS).
      return Optional.of(
          new Row(gap.get().key(), gap.get().keyAsWritten(), List.of(gap.get().rest())));
    }
    KeyResolution key = sink.key(first);
    if (key instanceof KeyResolution.Found found && !sink.asks(found.key())) {
      // "Q2: BOS" reads as the key q2.bos, which nobody asks for; as "Q2" and "BOS" it is an
      // answer.
      Optional<Row> split =
          LooseLine.split(first, sink)
              .filter(this::asked)
              .map(s -> new Row(s.key(), s.keyAsWritten(), prepend(s.rest(), rest)));
      if (split.isPresent()) {
        return split;
      }
      Optional<Row> word = headingAndWord(first, rest);
      if (word.isPresent()) {
        return word;
      }
    }
    if (!(key instanceof KeyResolution.None)) {
      return Optional.of(new Row(key, Clean.strip(first), rest));
    }
    Optional<String> question = KeySyntax.questionOnly(first);
    if (question.isPresent() && !rest.isEmpty()) {
      // "q2,BOS": the grader accepts it for a question that asks for one item, and says so
      // otherwise.
      return Optional.of(
          new Row(
              new KeyResolution.Found(new AnswerKey(question.get(), "")),
              Clean.strip(first),
              rest));
    }
    Optional<Row> split =
        LooseLine.split(first, sink)
            .map(s -> new Row(s.key(), s.keyAsWritten(), prepend(s.rest(), rest)));
    return split.isPresent() ? split : headingAndWord(first, rest);
  }

  /**
   * {@code Q2. BOS}, {@code **2.** BOS}: a question heading and one word after it answer that
   * question (which the grader accepts for a question asking for one item, and says so otherwise).
   * A word that names an item ({@code Q1. hidden}) is no answer.
   */
  private static Optional<Row> headingAndWord(String first, List<String> rest) {
    Optional<String> question = Headings.question(first);
    Optional<String> after = Headings.after(first);
    if (question.isEmpty()
        || after.isEmpty()
        || !rest.stream().allMatch(cell -> Clean.isBlank(cell))) {
      return Optional.empty();
    }
    String word = Clean.strip(after.get().replace("*", "").replace("`", ""));
    if (word.endsWith(".")) {
      word = Clean.strip(word.substring(0, word.length() - 1));
    }
    if (word.isEmpty()
        || word.length() > 40
        || !word.chars().allMatch(Character::isLetter)
        || KeyWords.isKnown(word)) {
      return Optional.empty();
    }
    String heading = Clean.strip(first.substring(0, first.lastIndexOf(after.get())));
    return Optional.of(
        new Row(
            new KeyResolution.Found(new AnswerKey(question.get(), "")), heading, List.of(word)));
  }

  /**
   * {@code BOS} alone on the line below {@code > 2. What is the model predicting?}: one word of the
   * rubric's vocabulary, the first thing in the question's block, answers that question as {@code
   * Q2. BOS} does. Any other line there is read as any line is.
   */
  private Optional<Row> wordBelowHeading(String question, String cell) {
    String word = Clean.strip(cell.replace("*", "").replace("`", ""));
    if (word.endsWith(".")) {
      word = Clean.strip(word.substring(0, word.length() - 1));
    }
    if (word.isEmpty()
        || word.length() > 40
        || !word.chars().allMatch(Character::isLetter)
        || KeyWords.isKnown(word)
        || sink.wordIndex(word) < 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Row(new KeyResolution.Found(new AnswerKey(question, "")), word, List.of(word)));
  }

  private void notAKey(List<String> cells, boolean header, Location location) {
    String first = cells.get(0);
    if (header) {
      // "question,answer,notes": a notes column is the student's aside, never part of an answer.
      for (int i = 1; i < cells.size(); i++) {
        if (NOTE_HEADERS.contains(KeyWords.squash(cells.get(i)))) {
          noteColumns.add(i);
        }
      }
    } else if (!prose && Headings.question(first).isEmpty()) {
      // A sentence that holds the delimiter is quoted whole, not cut at its first comma.
      String quoted = sentence(cells) ? sink.lineText(location) : Clean.strip(first);
      sink.problem(location, "\"" + quoted + "\" is not an answer key; keys look like q1.hidden");
    }
  }

  /** Whether a cell after the first holds two words in a row: prose cut at its commas. */
  private static boolean sentence(List<String> cells) {
    for (int i = 1; i < cells.size(); i++) {
      // By hand, not String.split: in the page that compiles an expression at every call.
      String cell = cells.get(i);
      boolean wordBefore = false;
      int start = 0;
      for (int k = 0; k <= cell.length(); k++) {
        if (k == cell.length() || cell.charAt(k) == ' ') {
          boolean word = k > start;
          for (int c = start; c < k && word; c++) {
            word = Character.isLetter(cell.charAt(c));
          }
          if (word && wordBefore) {
            return true;
          }
          wordBefore = word;
          start = k + 1;
        }
      }
    }
    return false;
  }

  /**
   * The answer written in {@code cells}, one value per cell or all in one cell, with the file's
   * decimal commas, notes and remarks handled as on a key's row.
   */
  Written written(List<String> rawCells) {
    List<String> cells = withRemarksWhole(rawCells);
    List<String> filled = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String cell = decimalComma(Clean.strip(cells.get(i)));
      // A number under a "notes" heading is a value spread over the columns, never dropped.
      filled.add(noteColumns.contains(i + 1) && !NumberReader.isNumber(cell) ? "" : cell);
    }
    int start = 0;
    int end = filled.size();
    while (start < end && filled.get(start).isEmpty()) {
      start++;
    }
    while (end > start
        && (filled.get(end - 1).isEmpty()
            || isNote(filled, start, end - 1)
                && Decorations.withoutRemark(filled.get(end - 1)).equals(filled.get(end - 1)))) {
      end--;
    }
    filled = new ArrayList<>(filled.subList(start, end));
    if (!filled.isEmpty()) {
      String last = Decorations.withoutRemark(filled.get(filled.size() - 1));
      filled.set(filled.size() - 1, Decorations.withoutFullStop(last));
    }
    String joined = String.join(delimiter == ';' ? "; " : ", ", filled);
    String text = Decorations.plain(joined);
    if (filled.size() <= 1) {
      return filled.isEmpty()
          ? new Written(List.of(), List.of(), text)
          : ValueSplitter.written(Decorations.cleanPlain(text)).withText(text);
    }
    if (filled.stream().anyMatch(cell -> DECORATED.matcher(cell).find())) {
      return new Written(ValueSplitter.split(Decorations.cleanPlain(text)), List.of(), text);
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < filled.size(); i++) {
      values.add(ValueSplitter.cell(filled.get(i), i == 0, i == filled.size() - 1));
    }
    return new Written(values, List.of(), text);
  }

  /**
   * The cells with a remark in parentheses after a value whole: a comma inside the remark ({@code
   * 0] (the third entry is -1, so it becomes 0)}) splits it into cells, and its last cells alone
   * are prose, dropped as a note would be, with the value before it.
   */
  private List<String> withRemarksWhole(List<String> cells) {
    List<String> whole = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      int open = cell.indexOf('(');
      if (open > 0 && opens(cell) && afterValue(cell, open)) {
        StringBuilder remark = new StringBuilder(cell);
        int j = i + 1;
        while (j < cells.size() && opens(remark.toString())) {
          remark.append(delimiter == ';' ? "; " : ", ").append(cells.get(j));
          j++;
        }
        if (!opens(remark.toString())) {
          whole.add(remark.toString());
          i = j - 1;
          continue;
        }
      }
      whole.add(cell);
    }
    return whole;
  }

  /** Whether {@code text} opens more parentheses than it closes. */
  private static boolean opens(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    return depth > 0;
  }

  /**
   * Whether the parenthesis at {@code open} follows a value: a digit or a closing bracket (an angle
   * bracket too: {@code <31, 19, 15> (input only: E(the)U, …)}).
   */
  private static boolean afterValue(String cell, int open) {
    String before = Clean.stripSpaces(cell.substring(0, open));
    char last = before.isEmpty() ? ' ' : before.charAt(before.length() - 1);
    return Decorations.endsValue(last);
  }

  /**
   * A trailing cell of prose ("relu zeroes the last entry") after a value is a note beside the
   * answer, as a third "Notes" column is; a sentence that is the whole answer stays the answer.
   */
  private static boolean isNote(List<String> cells, int start, int index) {
    if (index == start || Decorations.offersAnother(cells.get(index))) {
      return false;
    }
    Matcher words = WORD.matcher(cells.get(index));
    int count = 0;
    while (words.find() && count < 2) {
      count++;
    }
    return count >= 2 && !cells.get(index).contains("[");
  }

  /** In a semicolon-separated file, {@code 5,5} is how the spreadsheet wrote 5.5. */
  private String decimalComma(String value) {
    if (delimiter == ';' && DECIMAL_COMMA.matcher(value).matches()) {
      return value.replace(',', '.');
    }
    return value;
  }

  private boolean asked(LooseLine.Split split) {
    return split.key() instanceof KeyResolution.Found found
        && (found.key().isQuestionOnly() || sink.asks(found.key()));
  }

  private static List<String> prepend(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
