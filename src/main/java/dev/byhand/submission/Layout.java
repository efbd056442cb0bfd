package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Vectors laid out over several lines, joined onto one line before a reader looks at the lines: a
 * column drawn down the page with a bracket on every line ({@code [ 5 ]} / {@code h_1 = [ 4 ]} /
 * {@code [ 0 ]}), and a CSV key written once with its vector going on down the rows ({@code
 * q1.hidden,5} / {@code ,4} / {@code ,0}). The joined line takes the place of the first line of the
 * layout and the others become blank, so line numbers stay true. Linear in the text.
 */
final class Layout {
  /** How many blank lines may stand between a name and the values printed below it. */
  private static final int MAX_GAP = 2;

  /** The longest name read before R's {@code <-}; a longer text is no variable's name. */
  private static final int MAX_NAME_CHARS = 64;

  private Layout() {}

  /**
   * Joins a chain of working written down the page ({@code h_1 = ReLU(h_0 W + x_1 U)} / {@code =
   * ReLU([5, 4, -1])} / {@code = [5, 4, 0]}) into one line, placed on the chain's last line, where
   * the result is written: its label, then each step, so the result is read as shown working's last
   * side. The other lines of the chain become blank.
   */
  static void equalsChains(List<String> lines) {
    int head = -1;
    StringBuilder chain = null;
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? Clean.stripSpaces(lines.get(i)) : "";
      boolean continues =
          head >= 0 && line.length() > 1 && line.charAt(0) == '=' && line.charAt(1) != '=';
      if (continues) {
        chain.append(' ').append(line);
        lines.set(i - 1, "");
        continue;
      }
      if (chain != null && head < i - 1) {
        lines.set(i - 1, chain.toString());
      }
      boolean labels = line.indexOf('=') > 0 && line.charAt(0) != '=';
      head = labels ? i : -1;
      chain = labels ? new StringBuilder(line) : null;
    }
  }

  /**
   * Joins the values printed on the lines after their name onto the name's line, as MATLAB and
   * Octave ({@code h1 =}, a blank line, {@code 5 4 0}) and R ({@code > h1}, then {@code [1,] 5 4 0}
   * under a {@code [,1] [,2] [,3]} header, or {@code [1] "BOS"}) print them: a line that is a name
   * and {@code =} or {@code :} with nothing after it, then lines holding only numbers (or one
   * word), up to a blank line or any other line.
   */
  static void valuesBelow(List<String> lines) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      String label = nameAlone(lines.get(i));
      if (label == null) {
        continue;
      }
      List<String> rows = new ArrayList<>();
      List<Integer> used = new ArrayList<>();
      int j = i + 1;
      for (int gap = 0; j < lines.size() && Clean.isBlank(lines.get(j)) && gap < MAX_GAP; gap++) {
        j++;
      }
      for (; j < lines.size() && !Clean.isBlank(lines.get(j)); j++) {
        if (!rows.isEmpty() && isBareHeading(lines.get(j))) {
          // "2." below the last entry of "logits =" down the page starts question 2, no entry.
          break;
        }
        String row = printedRow(lines.get(j), rows.isEmpty());
        if (row == null) {
          break;
        }
        used.add(j);
        if (!row.isEmpty()) {
          rows.add(row);
        }
        if (isWord(row)) {
          break;
        }
      }
      if (rows.isEmpty()) {
        continue;
      }
      used.forEach(k -> lines.set(k, ""));
      lines.set(i, label + " = " + String.join(rows.size() > 1 ? "; " : " ", rows));
      i = used.get(used.size() - 1);
    }
  }

  /**
   * Reads R's assignments in a script as R writes them: {@code h1 <- c(5, 4, 0)} becomes {@code h1
   * = [5, 4, 0]} (the key, then the vector {@code c(…)} makes) and {@code pred1 <- "BOS"} becomes
   * {@code pred1 = "BOS"}, so that no comma inside {@code c(…)} is taken for a CSV delimiter. A
   * value computed by a call ({@code relu(h1 %*% W)}) is no answer: only the name is kept. A line
   * whose text before {@code <-} is not a name ({@code if (x <-1)}, a prompt) is left as it is.
   * Linear in the text; no regular expression.
   */
  static void rAssignments(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = Clean.stripSpaces(lines.get(i));
      int arrow = line.indexOf("<-");
      if (arrow <= 0 || arrow > MAX_NAME_CHARS) {
        continue;
      }
      String name = Clean.stripSpaces(line.substring(0, arrow));
      if (!isName(name)) {
        continue;
      }
      lines.set(i, name + " = " + rValue(Clean.stripSpaces(line.substring(arrow + 2))));
    }
  }

  /** {@code c(5, 4, 0)} as {@code [5, 4, 0]}; a plain value as it is; a call's value as empty. */
  private static String rValue(String value) {
    if (value.startsWith("c(") && value.endsWith(")")) {
      String inner = value.substring(2, value.length() - 1);
      return plain(inner) ? "[" + inner + "]" : "";
    }
    return plain(value) ? value : "";
  }

  /** No bracket of any kind and no second assignment: values, not an expression. */
  private static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == '<') {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the commands typed at an Octave, MATLAB, Julia, R or Mathematica ({@code In[5]:=}, its
   * output after {@code Out[5]=}) prompt as names, not answers: {@code >> h1 = max(0, …)}, {@code
   * julia> h1 = relu(…)}, {@code > h1 <- relu(…)} and R's echo {@code > h1} become {@code h1 =}, so
   * that the values printed below them are what is read ({@link #valuesBelow}); a command assigning
   * plain values keeps them; any other command is blanked.
   */
  static void withoutCommands(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = Clean.stripSpaces(lines.get(i));
      int output = mathematicaPrompt(line, "Out[", "=");
      if (output > 0) {
        // Mathematica's "Out[5]= {5, 4, 0}": what the command above printed.
        lines.set(i, Clean.stripSpaces(line.substring(output)));
        continue;
      }
      int prompt = promptEnd(line);
      if (prompt >= 0 && !quotesQuestion(line)) {
        // Julia's h₁ is h1: a subscript digit is a digit of the name.
        lines.set(
            i, command(KeyResolver.subscriptDigits(Clean.stripSpaces(line.substring(prompt)))));
      }
    }
  }

  /**
   * A question of the handout quoted as a Markdown block quote ({@code > 1. What is the new hidden
   * state?}): a heading, not a command typed at R's prompt; a command assigns ({@code > q1 <- …}).
   */
  private static boolean quotesQuestion(String line) {
    return line.startsWith("> ")
        && !line.contains("<-")
        && Headings.question(line).isPresent()
        && (line.indexOf('=') < 0 || headingEndsWithSign(line));
  }

  /**
   * {@code > Q1: h1 = [5, 4, 0]}: a heading ending with {@code :} or {@code .} before an answer, as
   * an e-mail quotes a reply; no R command starts so ({@code > q1 = c(5, 4, 0)} assigns).
   */
  private static boolean headingEndsWithSign(String line) {
    String after = Headings.after(line).orElse(line);
    String heading = Clean.stripSpaces(line.substring(0, line.length() - after.length()));
    return heading.endsWith(":") || heading.endsWith(".");
  }

  private static String command(String command) {
    Optional<String> prediction = ArgmaxCommand.predictionName(command);
    if (prediction.isPresent()) {
      return prediction.get() + " =";
    }
    int arrow = command.indexOf("<-");
    int equals = command.indexOf('=');
    int sign = arrow >= 0 ? arrow : equals;
    if (sign < 0) {
      return isName(command) ? command + " =" : "";
    }
    String name = Clean.stripSpaces(command.substring(0, sign));
    String value = Clean.stripSpaces(command.substring(sign + (arrow >= 0 ? 2 : 1)));
    if (!isName(name) || value.startsWith("=")) {
      return "";
    }
    if (arrow >= 0 && !rValue(value).isEmpty()) {
      // "> h1 <- c(5, 4, 2)": R assigns the plain values c(…) makes, as in a script.
      return name + " = " + rValue(value);
    }
    return printedRow(value, true) != null ? name + " = " + value : name + " =";
  }

  private static boolean isName(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
        return false;
      }
    }
    return !text.isEmpty() && Character.isLetter(text.charAt(0));
  }

  /**
   * Where Mathematica's {@code In[7]:=} (or {@code Out[7]=}, for {@code sign} {@code =}) ends at
   * the start of {@code line}; -1 for any other line.
   */
  private static int mathematicaPrompt(String line, String start, String sign) {
    if (!line.startsWith(start)) {
      return -1;
    }
    int i = start.length();
    while (i < line.length() && i < start.length() + 6 && Character.isDigit(line.charAt(i))) {
      i++;
    }
    return i > start.length() && line.startsWith("]" + sign, i) ? i + 1 + sign.length() : -1;
  }

  /** Where the prompt of a REPL command ends ({@code >> }, {@code julia> }, R's {@code > }). */
  private static int promptEnd(String line) {
    if (line.startsWith(">>") && !line.startsWith(">>>")) {
      return 2;
    }
    int mathematica = mathematicaPrompt(line, "In[", ":=");
    if (mathematica > 0) {
      return mathematica;
    }
    if (line.startsWith("julia>")) {
      return 6;
    }
    return line.startsWith("> ") ? 2 : -1;
  }

  /** {@code 2.}, {@code Q2}, {@code (b)}: a question heading alone on its line. */
  private static boolean isBareHeading(String line) {
    String stripped = Clean.stripSpaces(line);
    return Headings.question(stripped).isPresent()
        && Headings.after(stripped).map(String::isEmpty).orElse(false);
  }

  /** {@code h1 =}, {@code logits:}, R's {@code > h1}: the name, or null for any other line. */
  private static String nameAlone(String line) {
    String stripped = Clean.stripSpaces(line);
    if (stripped.isEmpty() || stripped.length() > 64 || Headings.question(stripped).isPresent()) {
      return null;
    }
    if (stripped.endsWith("::")) {
      // reStructuredText's "Hidden state after BOS::" introduces the indented block below it.
      stripped = Clean.stripSpaces(stripped.substring(0, stripped.length() - 1));
    }
    char last = stripped.charAt(stripped.length() - 1);
    if (last == '=' || last == ':') {
      String name = Clean.stripSpaces(stripped.substring(0, stripped.length() - 1));
      return name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf(':') >= 0 ? null : name;
    }
    return null;
  }

  /**
   * A printed row's values without R's row label ({@code [1,]}, {@code [1]}); empty for R's column
   * header ({@code [,1] [,2]}); null for a line that is not a printed row. A quoted word counts
   * only as the first row.
   */
  private static String printedRow(String line, boolean first) {
    String row = Clean.stripSpaces(line);
    if (isTypeHeader(row)) {
      return "";
    }
    if (row.startsWith("[,")) {
      return row.replaceAll("\\[,\\d{1,4}\\]", "").isBlank() ? "" : null;
    }
    int close = row.indexOf(']');
    if (row.startsWith("[") && close > 0 && row.substring(1, close).matches("\\d{1,4},?")) {
      row = Clean.stripSpaces(row.substring(close + 1));
    }
    if (first && row.startsWith("ans =")) {
      // Octave and MATLAB print a result that has no name as "ans = BOS".
      row = Clean.stripSpaces(row.substring(5));
    }
    if (row.isEmpty()) {
      return null;
    }
    if (first && isWord(row)) {
      return row;
    }
    if (first && row.length() > 1 && row.charAt(0) == ':' && isWord(row.substring(1))) {
      // Julia prints a Symbol with its colon: ":BOS" is the word BOS.
      return row.substring(1);
    }
    return NumberReader.allNumbers(ValueSplitter.split(row)) ? row : null;
  }

  /** Julia's {@code 1×3 adjoint(::Vector{Int64}) with eltype Int64:} above what it prints. */
  private static boolean isTypeHeader(String row) {
    int i = 0;
    while (i < row.length() && Character.isDigit(row.charAt(i))) {
      i++;
    }
    return i > 0
        && row.endsWith(":")
        && i < row.length()
        && (row.charAt(i) == '\u00d7' || row.startsWith("-element", i));
  }

  /** {@code 'BOS'}, {@code "is"}, {@code BOS}: one word, quoted or not. */
  private static boolean isWord(String row) {
    String word = row;
    if (word.length() >= 2 && Clean.isQuote(word.charAt(0))) {
      word = word.substring(1, word.length() - 1);
    }
    if (word.isEmpty() || word.length() > 40) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The most entries of a column vector printed one a line that are joined. */
  private static final int MAX_COLUMN_ENTRIES = 64;

  /**
   * Joins numpy's (and PyTorch's) print of a column vector, one entry a line in brackets of its own
   * inside the outer ones ({@code [[57]} / {@code [ 8]} / {@code [36]]}, or {@code array([[5],} /
   * {@code [4],} / {@code [0]])}), into the vector it is ({@code [57, 8, 36]}) on its first line,
   * so that neither its first line nor its first two are read as the answer. A run that breaks the
   * pattern (a row of two numbers: a matrix) is left as it is. Linear in the text.
   */
  static void numpyColumns(List<String> lines) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      String first = lines.get(i);
      int open = first.lastIndexOf("[[");
      String entry = open < 0 ? null : columnEntry(first.substring(open + 1), false);
      if (entry == null || entry.endsWith("]")) {
        continue;
      }
      List<String> values = new ArrayList<>(List.of(entry));
      int end = -1;
      for (int j = i + 1; j < lines.size() && values.size() < MAX_COLUMN_ENTRIES; j++) {
        String next = columnEntry(Clean.stripSpaces(lines.get(j)), true);
        if (next == null) {
          break;
        }
        if (next.endsWith("]")) {
          values.add(next.substring(0, next.indexOf(']')));
          end = j;
          break;
        }
        values.add(next);
      }
      if (end < 0) {
        continue;
      }
      String last = Clean.stripSpaces(lines.get(end));
      String after = last.substring(last.indexOf("]]") + 2);
      lines.set(i, first.substring(0, open) + "[" + String.join(", ", values) + "]" + after);
      for (int k = i + 1; k <= end; k++) {
        lines.set(k, "");
      }
      i = end;
    }
  }

  /**
   * The entry of a line of a printed column, {@code [ 8]} or {@code [8],} ({@code 8}), or of its
   * last line, {@code [36]]} ({@code 36]}, when {@code last} may be); null for any other line.
   */
  private static String columnEntry(String line, boolean last) {
    if (line.length() < 3 || line.length() > 80 || line.charAt(0) != '[') {
      return null;
    }
    int close = line.indexOf(']');
    if (close < 0) {
      return null;
    }
    String entry = Clean.stripSpaces(line.substring(1, close));
    if (!isNumberText(entry)) {
      return null;
    }
    String rest = line.substring(close + 1);
    if (rest.isEmpty() || rest.equals(",")) {
      return entry;
    }
    return last && rest.startsWith("]") ? entry + "]" : null;
  }

  /** Digits, signs, points and exponents only, a digit among them: a printed number's text. */
  private static boolean isNumberText(String text) {
    boolean digit = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      digit |= Character.isDigit(c);
      if (!Character.isDigit(c) && "+-.eE\u2212".indexOf(c) < 0) {
        return false;
      }
    }
    return digit;
  }

  /** How many lines a bracket opened and not closed on its line may run on over. */
  private static final int MAX_WRAPPED_LINES = 3;

  /** The longest line joined with the lines a bracket wraps onto. */
  private static final int MAX_WRAPPED_CHARS = 400;

  /**
   * Joins a line that opens a bracket and does not close it with the lines it wraps onto, as a PDF
   * or a narrow editor breaks them ({@code h = [5, 4,} / {@code 0] and …}; {@code h = [5, 4, 0]
   * (the third entry is -1, so it} / {@code becomes 0).}), so that a vector is never read as its
   * first line. A vector's bracket goes on onto lines that go on with values (a number, a sign, a
   * comma or a closing bracket first); a remark's parenthesis after a value onto any line. The
   * bracket must close within {@value #MAX_WRAPPED_LINES} lines, or nothing is joined. Linear in
   * the text: each line is looked at from at most that many lines above it.
   */
  static void wrappedBrackets(List<String> lines) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      String line = lines.get(i);
      if (line.length() > MAX_WRAPPED_CHARS || Clean.stripSpaces(line).startsWith("|")) {
        continue;
      }
      int depth = depth(line, 0);
      if (depth <= 0) {
        continue;
      }
      boolean remark = opensRemark(line);
      StringBuilder joined = new StringBuilder(line.stripTrailing());
      int end = -1;
      for (int j = i + 1; j < lines.size() && j <= i + MAX_WRAPPED_LINES; j++) {
        String next = Clean.stripSpaces(lines.get(j));
        if (next.isEmpty()
            || joined.length() + next.length() > MAX_WRAPPED_CHARS
            || !(remark || goesOnWithValues(next))) {
          break;
        }
        joined.append(' ').append(next);
        depth = depth(next, depth);
        if (depth <= 0) {
          end = j;
          break;
        }
      }
      if (end > i) {
        lines.set(i, joined.toString());
        for (int k = i + 1; k <= end; k++) {
          lines.set(k, "");
        }
        i = end;
      }
    }
  }

  /**
   * {@code depth} after the brackets of {@code text}: one more for each opened, less each closed.
   */
  private static int depth(String text, int depth) {
    int d = depth;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Clean.isEscapeBracket(text, i)) {
        continue;
      }
      if (c == '[' || c == '(' || c == '{') {
        d++;
      } else if (c == ']' || c == ')' || c == '}') {
        d--;
      }
    }
    return d;
  }

  /**
   * Whether the last bracket {@code line} leaves open is a parenthesis after a value ({@code [5, 4,
   * 0] (the third …}, {@code 12 (largest}): a remark, which may wrap onto a line of prose.
   */
  private static boolean opensRemark(String line) {
    int depth = 0;
    int open = -1;
    for (int i = line.length() - 1; i >= 0 && open < 0; i--) {
      char c = line.charAt(i);
      if (c == ')' || c == ']' || c == '}') {
        depth++;
      } else if (c == '(' || c == '[' || c == '{') {
        if (depth == 0) {
          open = c == '(' ? i : -2;
        } else {
          depth--;
        }
      }
    }
    if (open < 0) {
      return false;
    }
    String before = Clean.stripSpaces(line.substring(0, open));
    char last = before.isEmpty() ? ' ' : before.charAt(before.length() - 1);
    return open > 0
        && Clean.isSpace(line.charAt(open - 1))
        && (Character.isDigit(last) || last == ']');
  }

  /** A wrapped vector's next line: a number, a sign, a comma or a closing bracket first. */
  private static boolean goesOnWithValues(String next) {
    char c = next.charAt(0);
    return Character.isDigit(c)
        || c == '-'
        || c == '+'
        || c == '\u2212'
        || c == ','
        || c == ']'
        || c == ')'
        || c == '.';
  }

  /**
   * Joins each run of lines that each hold one bracketed value, exactly one of them labelled
   * ({@code h_1 = [ 4 ]}), into {@code h_1 = [5, 4, 0]} on the run's first line. A run with no
   * label, or more than one, is left as it is.
   */
  static void drawnColumns(List<String> lines) {
    int i = 0;
    while (i < lines.size()) {
      int end = i;
      while (end < lines.size() && drawnEntry(lines.get(end)) != null) {
        end++;
      }
      if (end - i >= 2) {
        joinColumn(lines, i, end);
        i = end;
      } else {
        i = end + 1;
      }
    }
  }

  private static void joinColumn(List<String> lines, int from, int to) {
    String label = null;
    List<String> values = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String line = lines.get(i);
      String prefix = line.substring(0, line.lastIndexOf('['));
      if (!Clean.isBlank(prefix)) {
        if (label != null) {
          return;
        }
        label = prefix;
      }
      values.add(drawnEntry(line));
    }
    if (label == null || !(label.strip().endsWith("=") || label.strip().endsWith(":"))) {
      return;
    }
    for (int i = from; i < to; i++) {
      lines.set(i, "");
    }
    lines.set(from, label.stripTrailing() + " [" + String.join(", ", values) + "]");
  }

  /** The one value of a line ending {@code [ 4 ]}, or null when the line is not such a line. */
  private static String drawnEntry(String line) {
    String stripped = Clean.stripSpaces(line);
    int open = stripped.lastIndexOf('[');
    if (!stripped.endsWith("]") || open < 0 || stripped.length() > 200) {
      return null;
    }
    String inner = Clean.stripSpaces(stripped.substring(open + 1, stripped.length() - 1));
    if (inner.isEmpty()) {
      return null;
    }
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (Clean.isSpace(c) || c == ',' || c == ';' || c == '[' || c == ']') {
        return null;
      }
    }
    return inner;
  }

  /**
   * Joins rows whose first cell is empty and that hold one value ({@code ,4}) onto the keyed row
   * above them ({@code q1.hidden,5}), which must hold one value too: a key once with its vector
   * down the rows.
   */
  static void continuedRows(List<String> lines, char delimiter) {
    int head = -1;
    boolean headTakesMore = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (Clean.isBlank(line)) {
        continue;
      }
      String value = continuation(line, delimiter);
      if (value != null && headTakesMore) {
        // "hidden state,5," then ",4,": a sheet's empty column C is no entry between them.
        lines.set(head, trimDelimiters(lines.get(head), delimiter) + delimiter + value);
        lines.set(i, "");
        continue;
      }
      head = i;
      headTakesMore = oneValueRow(line, delimiter);
    }
  }

  /** The value of a row {@code ,4}, or null for any other row. */
  private static String continuation(String line, char delimiter) {
    String stripped = Clean.stripSpaces(line);
    if (stripped.length() < 2 || stripped.charAt(0) != delimiter || stripped.indexOf('"') >= 0) {
      return null;
    }
    String rest = Clean.stripSpaces(trimDelimiters(stripped.substring(1), delimiter));
    return rest.isEmpty() || rest.indexOf(delimiter) >= 0 ? null : rest;
  }

  /** {@code q1.hidden,5}: a first cell and one value, nothing quoted. */
  private static boolean oneValueRow(String line, char delimiter) {
    String stripped = trimDelimiters(Clean.stripSpaces(line), delimiter);
    int split = stripped.indexOf(delimiter);
    return split > 0
        && stripped.indexOf('"') < 0
        && stripped.indexOf(delimiter, split + 1) < 0
        && !Clean.isBlank(stripped.substring(split + 1));
  }

  private static String trimDelimiters(String text, char delimiter) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == delimiter || Clean.isSpace(text.charAt(end - 1)))) {
      end--;
    }
    return text.substring(0, end);
  }

  /**
   * Joins an answer written one entry per row, each row naming the item and the entry's index
   * ({@code q1.hidden[0],5} / {@code q1.hidden[1],4} / {@code q1.hidden[2],0}), into one row of the
   * vector in index order ({@code q1.hidden,5,4,0}) on the run's first line. A run must count up by
   * one from 0 or 1; any other run is left as it is.
   */
  static void indexedEntries(List<String> lines, char delimiter) {
    int i = 0;
    while (i < lines.size()) {
      String[] first = indexedEntry(lines.get(i), delimiter);
      if (first == null || Integer.parseInt(first[1]) > 1) {
        i++;
        continue;
      }
      List<String> values = new ArrayList<>(List.of(first[2]));
      int expected = Integer.parseInt(first[1]) + 1;
      int j = i + 1;
      for (; j < lines.size(); j++, expected++) {
        String[] next = indexedEntry(lines.get(j), delimiter);
        if (next == null || !next[0].equals(first[0]) || Integer.parseInt(next[1]) != expected) {
          break;
        }
        values.add(next[2]);
      }
      if (values.size() >= 2) {
        for (int k = i + 1; k < j; k++) {
          lines.set(k, "");
        }
        lines.set(i, first[0] + delimiter + String.join(String.valueOf(delimiter), values));
      }
      i = j;
    }
  }

  /**
   * {@code q1.hidden[1],4} as its name, index and value; null for any other row (a quote, a second
   * value, an index of more than four digits).
   */
  private static String[] indexedEntry(String line, char delimiter) {
    String stripped = trimDelimiters(Clean.stripSpaces(line), delimiter);
    int split = stripped.indexOf(delimiter);
    if (split < 0 || stripped.indexOf('"') >= 0 || stripped.indexOf(delimiter, split + 1) >= 0) {
      return null;
    }
    String cell = Clean.stripSpaces(stripped.substring(0, split));
    String value = Clean.stripSpaces(stripped.substring(split + 1));
    int open = cell.indexOf('[');
    if (open < 1 || !cell.endsWith("]") || value.isEmpty()) {
      return null;
    }
    String index = Clean.stripSpaces(cell.substring(open + 1, cell.length() - 1));
    if (index.isEmpty() || index.length() > 4 || !index.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return new String[] {Clean.stripSpaces(cell.substring(0, open)), index, value};
  }

  /**
   * Reads a quoted key followed by a colon, as a Python dict literal or a pasted piece of JSON
   * writes it ({@code "q1.hidden": [5, 4, 0],}), as the key and its value ({@code q1.hidden: [5, 4,
   * 0]}), without the comma that separates the dict's entries.
   */
  static void quotedKeys(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = Clean.stripSpaces(lines.get(i));
      if (line.length() < 3 || line.charAt(0) != '"' && line.charAt(0) != '\'') {
        continue;
      }
      int close = line.indexOf(line.charAt(0), 1);
      int colon = close < 0 ? -1 : close + 1;
      while (colon > 0 && colon < line.length() && Clean.isSpace(line.charAt(colon))) {
        colon++;
      }
      if (close < 2 || close > 64 || colon >= line.length() || line.charAt(colon) != ':') {
        continue;
      }
      String value = Clean.stripSpaces(line.substring(colon + 1));
      if (value.endsWith(",")) {
        value = Clean.stripSpaces(value.substring(0, value.length() - 1));
      }
      lines.set(i, line.substring(1, close) + ": " + value);
    }
  }
}
