package dev.byhand.submission;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The last part of the reader's safety net (issue 23, deliverables 1 and 4): values in a file that
 * no rule placed, looked at by their shape. An item whose label is there with nothing after it
 * ({@code - **Hidden state**}, a notebook's {@code **Q1** output:} with the value in the next
 * cell's output) is refused when the lines below the label, before the next label or heading, hold
 * numbers or a vocabulary word; an item nothing names is refused when the file holds numbers enough
 * for its vector (on one line, or on consecutive lines: a column printed one number a line,
 * Octave's {@code Columns 1 through 4:} wrap) or, for a prediction, a vocabulary word marked or
 * standing as a value ({@code argmax -> is}, {@code 1 BOS}). Such an item is never called missing:
 * a refusal where a TA finds nothing costs a look, a "missing" where the answer is there costs the
 * student.
 *
 * <p>Linear in the file: each line is scanned once for what it holds, then each item looks through
 * those counts a fixed number of times. No regular expressions (the page runs this too).
 */
final class UnplacedValues {
  /**
   * The longest line looked through for a value no rule read: a vector of a few numbers with its
   * words around it, not a page of prose or matrix junk (each line costs a scan in the page).
   */
  static final int MAX_CANDIDATE_CHARS = 4_000;

  /** How far below a blank label its value is looked for. */
  private static final int MAX_BELOW = 12;

  /** How many lines below a blank label are quoted. */
  private static final int MAX_QUOTED = 3;

  private static final Set<String> MONTHS =
      Set.of(
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /** Words before the token a step reads ({@code after BOS}, {@code reading "the"}): no answer. */
  private static final Set<String> READS = Set.of("after", "reads", "read", "reading", "leer");

  private final String text;
  private final int[] starts;
  private final KeyResolver keys;
  private final Claims claims;

  /**
   * The question each line is in, by a heading at a line's start or by {@code question 2} anywhere
   * in a line ({@code For question 2, …}); null before any.
   */
  private final String[] softBlocks;

  /** Per line: how many numbers it holds, for a column (0 for a header counting up, a date). */
  private final int[] counts;

  /** Per line: bit k set for a run of exactly k numbers (k below 63), bit 63 for a longer run. */
  private final long[] runs;

  /** Per line: its longest run of numbers. */
  private final int[] longest;

  /** Per line: whether it is blank. */
  private final boolean[] blanks;

  /** Per line: a vocabulary word stands as a value or is marked on it. */
  private final boolean[] tokens;

  /** Per line: a vocabulary word is marked on it (quotes, bold, braces, an arrow; not capitals). */
  private final boolean[] marked;

  /**
   * Per line, where a vector no rule placed is looked for: 0 a line nothing was read from and that
   * names nothing, 1 a line that holds more vectors than it names or was read for (or one typed at
   * a prompt), {@link #CLAIMED} a line whose values are the items it names or was read for.
   */
  private final int[] vectorTiers;

  /**
   * Per line, where a prediction no rule placed is looked for: 0 as for vectors, 1 a line that
   * names or prints something but no prediction, 2 a line read for another item, {@link #CLAIMED} a
   * line that names or was read for a prediction.
   */
  private final int[] tokenTiers;

  private static final int CLAIMED = 3;

  /** Lines already quoted for an item: another item looks elsewhere first. */
  private final Set<Integer> used = new HashSet<>();

  /**
   * What the reader and the signs say each line's values belong to, 0-based by line: filled by
   * {@link Traces} before this net looks at the lines.
   */
  static final class Claims {
    private final int[] vectorsNamed;
    private final int[] predictionsNamed;
    private final int[] vectorsRead;
    private final boolean[] read;
    private final boolean[] predictionRead;

    /** Per line: whether it shows a sign of an item, one refused elsewhere too. */
    private final boolean[] signed;

    /** Per line: bit k for the k-th of {@link #items} that the line speaks of, at any step. */
    private final long[] spoken;

    /** The rubric's item names ({@code hidden}, {@code logits}, {@code prediction}), in order. */
    private final List<String> items = new ArrayList<>();

    private final Set<String> predictions = new HashSet<>();

    /** How many predictions the rubric asks for. */
    private int predictionsAsked;

    /** Per line: its words and names, kept from {@link Traces} to tell what it speaks of. */
    private final Traces.LineNames[] lineNames;

    /** Per line: whether {@link #spoken} is worked out (only for lines that may hold a value). */
    private final boolean[] spokenKnown;

    Claims(int lines, KeyResolver keys) {
      lineNames = new Traces.LineNames[lines];
      spoken = new long[lines];
      spokenKnown = new boolean[lines];
      signed = new boolean[lines];
      for (KeyTarget target : keys.targets()) {
        String item = KeyWords.squash(target.item());
        if (!items.contains(item) && items.size() < 63) {
          items.add(item);
        }
        if (KeyWords.canonical(item).equals("prediction")) {
          predictions.add(item);
          predictionsAsked++;
        }
      }
      vectorsNamed = new int[lines];
      predictionsNamed = new int[lines];
      vectorsRead = new int[lines];
      read = new boolean[lines];
      predictionRead = new boolean[lines];
    }

    /** Line {@code line} (1-based) names an item: a prediction, or a vector. */
    void named(int line, boolean prediction) {
      if (line >= 1 && line <= read.length) {
        if (prediction) {
          predictionsNamed[line - 1]++;
        } else {
          vectorsNamed[line - 1]++;
        }
      }
    }

    /**
     * The reader read an answer from line {@code line} (1-based): a prediction, or a vector, which
     * takes the whole line when it goes on from a line above ({@code whole}).
     */
    void read(int line, boolean prediction, boolean whole) {
      if (line >= 1 && line <= read.length) {
        read[line - 1] = true;
        if (prediction) {
          predictionRead[line - 1] = true;
        } else {
          vectorsRead[line - 1] += whole ? MAX_QUOTED * MAX_BELOW : 1;
        }
      }
    }

    /** Line {@code i}'s (0-based) words and names, as {@link Traces} worked them out. */
    void names(int i, Traces.LineNames names) {
      lineNames[i] = names;
    }

    /** The quantities line {@code i} (0-based) speaks of, worked out on the first question. */
    private long spoken(int i) {
      if (!spokenKnown[i]) {
        spokenKnown[i] = true;
        for (KeyTarget target : lineNames[i].signs(null, 0, true, true)) {
          int bit = items.indexOf(KeyWords.squash(target.item()));
          spoken[i] |= bit >= 0 ? 1L << bit : 0;
        }
      }
      return spoken[i];
    }

    /**
     * Whether line {@code i} (0-based) may hold {@code target}'s value by the quantities it speaks
     * of: a line speaking of other vectors only is not ({@code 3,hidden,0,57} holds no logits),
     * nor, for a prediction, one speaking of vectors and no prediction. A line speaking of the
     * prediction may hold a vector too: the handout's ŷ names the output as well as the prediction.
     */
    boolean mayHold(int i, KeyTarget target) {
      long mask = spoken(i);
      if (mask == 0) {
        return true;
      }
      int bit = items.indexOf(KeyWords.squash(target.item()));
      if (bit >= 0 && (mask & (1L << bit)) != 0) {
        return true;
      }
      long vectors = 0;
      for (int k = 0; k < items.size(); k++) {
        vectors |= predictions.contains(items.get(k)) ? 0 : 1L << k;
      }
      boolean prediction = predictions.contains(KeyWords.squash(target.item()));
      return !prediction && (mask & ~vectors) != 0;
    }

    /** The letters of the keys answers were read under ({@code hidden} of {@code 3,hidden,2,8}). */
    private final Set<String> readKeys = new HashSet<>();

    void readKey(String keyAsWritten) {
      String key = letters(keyAsWritten);
      if (!key.isEmpty()) {
        readKeys.add(key);
      }
    }

    /** Line {@code line} (1-based) shows a sign of an item, whatever line it is refused at. */
    void signed(int line) {
      if (line >= 1 && line <= read.length) {
        signed[line - 1] = true;
      }
    }

    private boolean names(int i) {
      return signed[i] || vectorsNamed[i] > 0 || predictionsNamed[i] > 0;
    }
  }

  UnplacedValues(String text, int[] starts, KeyResolver keys, Claims claims, String[] blocks) {
    this.text = text;
    this.starts = starts;
    this.keys = keys;
    this.claims = claims;
    int n = starts.length;
    softBlocks = new String[n];
    counts = new int[n];
    runs = new long[n];
    longest = new int[n];
    blanks = new boolean[n];
    tokens = new boolean[n];
    marked = new boolean[n];
    vectorTiers = new int[n];
    tokenTiers = new int[n];
    String soft = null;
    String heading = null;
    // A bracket opened on a line and not closed goes on onto the next: those lines are the opening
    // line's (the second row of a matrix printed under its name).
    int depth = 0;
    int openTier = 0;
    // The cells of the line above (how many of each delimiter it holds), and whether the table it
    // starts was claimed.
    long tableCells = 0;
    boolean tableClaimed = false;
    for (int i = 0; i < n; i++) {
      String line = Lines.line(text, starts, i);
      if (blocks[i] != null && !blocks[i].equals(heading)) {
        // A heading starts its block, whatever a line above said.
        soft = blocks[i];
      }
      heading = blocks[i];
      if (line.length() > MAX_CANDIDATE_CHARS) {
        vectorTiers[i] = CLAIMED;
        tokenTiers[i] = CLAIMED;
        softBlocks[i] = soft;
        depth = 0;
        continue;
      }
      String named = questionNamed(line);
      if (named != null) {
        soft = named;
      }
      softBlocks[i] = soft;
      blanks[i] = Clean.isBlank(line);
      int vectors = Math.max(scanNumbers(line, i), bracketedVectors(line));
      int fields = tokenFields(line);
      // More words standing as values than predictions asked: a header naming the vocabulary
      // (| | BOS | the | cat | … |), no answer.
      boolean header = fields > claims.predictionsAsked;
      marked[i] = !header && mentionsToken(line, true);
      tokens[i] = !header && (fields > 0 || marked[i]);
      boolean command = isCommand(line);
      boolean read = claims.read[i];
      boolean names = claims.names(i);
      int tier =
          !read && !names && !command
              ? 0
              : vectors > Math.max(claims.vectorsNamed[i], claims.vectorsRead[i]) ? 1 : CLAIMED;
      if (depth > 0) {
        tier = Math.max(tier, openTier);
      } else {
        openTier = tier;
      }
      long cells = cells(line);
      if (cells != 0 && cells == tableCells) {
        // A row of a table whose first row the reader read, or with the words of a key the reader
        // read (3,hidden,0,57 under 3,hidden,2,8): the table's, as a table reader placed (or
        // refused) its cells.
        tier = tableClaimed || claims.readKeys.contains(letters(line)) ? CLAIMED : tier;
      } else {
        tableClaimed = tier == CLAIMED && read;
      }
      tableCells = blanks[i] ? 0 : cells;
      vectorTiers[i] = tier;
      // A line naming a prediction holds that prediction, unless it holds more words standing as
      // values than it names ("predicted token,BOS,is" under a step's heading).
      boolean predictionClaimed =
          claims.predictionRead[i]
              || (claims.predictionsNamed[i] > 0 && fields <= claims.predictionsNamed[i]);
      tokenTiers[i] = predictionClaimed ? CLAIMED : read ? 2 : names || command ? 1 : 0;
      depth = Clean.isBlank(line) ? 0 : Math.max(0, depth + brackets(line));
    }
  }

  /**
   * The shape of a table row: how many commas, semicolons, tabs and bars {@code line} holds, in one
   * number (0 for a line with none).
   */
  private static long cells(String line) {
    long commas = 0;
    long semicolons = 0;
    long tabs = 0;
    long bars = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      commas += c == ',' ? 1 : 0;
      semicolons += c == ';' ? 1 : 0;
      tabs += c == '\t' ? 1 : 0;
      bars += c == '|' ? 1 : 0;
    }
    long cap = 0xFFFF;
    return Math.min(commas, cap)
        | Math.min(semicolons, cap) << 16
        | Math.min(tabs, cap) << 32
        | Math.min(bars, cap) << 48;
  }

  /**
   * How many bracketed groups of two numbers or more {@code line} holds ({@code [5, 4, 0]\t[57, 8,
   * 36]}; not {@code In [4]:} or {@code E[1]}).
   */
  private static int bracketedVectors(String line) {
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '(' && c != '[') {
        continue;
      }
      int next = i + 1;
      while (next < line.length() && line.charAt(next) == ' ') {
        next++;
      }
      if (next >= line.length()
          || !(Character.isDigit(line.charAt(next)) || "-\u2212".indexOf(line.charAt(next)) >= 0)) {
        continue;
      }
      int numbers = 0;
      boolean inNumber = false;
      int end = next;
      for (; end < line.length() && ")]([".indexOf(line.charAt(end)) < 0; end++) {
        boolean digit = Character.isDigit(line.charAt(end));
        numbers += digit && !inNumber ? 1 : 0;
        inNumber = digit || (inNumber && line.charAt(end) == '.');
      }
      count += numbers > 1 ? 1 : 0;
      i = end - 1;
    }
    return count;
  }

  /** The letters of {@code text}, in lower case ({@code hidden} for {@code 3,hidden,0,57}). */
  static String letters(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /** How many more {@code [} than {@code ]} {@code line} holds. */
  private static int brackets(String line) {
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      depth += c == '[' ? 1 : c == ']' ? -1 : 0;
    }
    return depth;
  }

  /** The lines that hold what {@code target}'s answer may be, below (or on) its blank label. */
  List<Integer> belowBlank(Answer blank, boolean prediction) {
    List<Integer> found = new ArrayList<>(MAX_QUOTED);
    int at = blank.location().line().orElse(0);
    if (at < 1 || at > starts.length) {
      return found;
    }
    String own = Lines.line(text, starts, at - 1);
    if (own.length() <= MAX_CANDIDATE_CHARS
        && numbers(own) > numbers(blank.keyAsWritten())
        && !countsUp(own)) {
      // "> h1 <- c(5, 4, 2)" read as the key h1 and nothing: the numbers are on its own line.
      found.add(at);
      return found;
    }
    for (int i = at; i < starts.length && i < at + MAX_BELOW; i++) {
      String line = Lines.line(text, starts, i);
      if (Clean.isBlank(line) || isComment(line)) {
        continue;
      }
      if (claims.read[i]
          || line.length() > MAX_CANDIDATE_CHARS
          || Headings.question(line).isPresent()) {
        break;
      }
      boolean holds =
          prediction
              ? tokens[i] || mentionsToken(line, false) || counts[i] > 0
              : counts[i] > 0 && !countsUp(line);
      if (holds && found.size() < MAX_QUOTED) {
        found.add(i + 1);
      }
    }
    return found;
  }

  /**
   * The line (1-based) of a value of {@code target}'s shape that nothing placed, or 0: for a vector
   * of {@code entries} numbers a run of exactly that many, then a run of more, then consecutive
   * lines that together hold as many; for a prediction a vocabulary word standing as a value or
   * marked. Unread lines that name nothing are looked through before lines that name an item no
   * value was read for, and lines no other item quoted before those another did.
   */
  int find(KeyTarget target, boolean prediction) {
    int found = prediction ? findToken(target) : findVector(target);
    if (found > 0) {
      used.add(found);
    }
    return found;
  }

  private int findVector(KeyTarget target) {
    int entries = target.entries().orElse(0);
    if (entries < 1) {
      return 0;
    }
    for (int kind = 0; kind < 3; kind++) {
      for (int tier = 0; tier < 2; tier++) {
        for (int pass = 0; pass < PASSES; pass++) {
          int found =
              kind == 2
                  ? column(target, entries, tier, pass)
                  : row(target, entries, tier, pass, kind);
          if (found > 0) {
            return found;
          }
        }
      }
    }
    return 0;
  }

  /** A line of tier {@code tier} or below with a run of exactly (kind 0) or at least entries. */
  private int row(KeyTarget target, int entries, int tier, int pass, int kind) {
    long bit = 1L << Math.min(entries, 63);
    for (int i = 0; i < starts.length; i++) {
      boolean fits = kind == 0 ? entries < 63 && (runs[i] & bit) != 0 : longest[i] >= entries;
      // What a line speaks of is asked last: working it out is the dearest of these.
      if (fits && vectorTiers[i] <= tier && !passes(i, pass, target) && claims.mayHold(i, target)) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The first line of a block of consecutive lines of tier {@code tier} or below (blank lines
   * between them allowed), each holding numbers, that together hold at least {@code entries}.
   */
  private int column(KeyTarget target, int entries, int tier, int pass) {
    int sum = 0;
    int first = 0;
    for (int i = 0; i < starts.length; i++) {
      if (blanks[i]) {
        continue;
      }
      if (vectorTiers[i] > tier || counts[i] == 0 || !claims.mayHold(i, target)) {
        sum = 0;
        first = 0;
        continue;
      }
      if (first == 0) {
        first = i + 1;
      }
      sum += counts[i];
      if (sum >= entries && !passes(first - 1, pass, target)) {
        return first;
      }
    }
    return 0;
  }

  private String line(int i) {
    return Lines.line(text, starts, i);
  }

  /**
   * Each look through the lines is made three times: first at lines in the item's own question
   * block that no other item quoted, then at any line no other item quoted (q3.hidden after
   * q1.hidden quotes the next such line), then at any line.
   */
  private static final int PASSES = 3;

  /** Whether look {@code pass} passes over line {@code i} (0-based) for {@code target}. */
  private boolean passes(int i, int pass, KeyTarget target) {
    return switch (pass) {
      case 0 -> used.contains(i + 1) || !target.question().equals(softBlocks[i]);
      case 1 -> used.contains(i + 1);
      default -> false;
    };
  }

  private int findToken(KeyTarget target) {
    for (int tier = 0; tier < 3; tier++) {
      for (int pass = 0; pass < PASSES; pass++) {
        for (int i = 0; i < starts.length; i++) {
          if (tokenTiers[i] != tier || passes(i, pass, target)) {
            continue;
          }
          boolean fits =
              tier == 2
                  // A line read as another item's answer: only a marked word may be a prediction
                  // (`argmax logits[t=1] = 0 -> "BOS"` read as the logits).
                  ? marked[i]
                  : tokens[i]
                      || (target.question().equals(softBlocks[i]) && mentionsToken(line(i), false));
          if (fits && claims.mayHold(i, target)) {
            return i + 1;
          }
        }
      }
    }
    return 0;
  }

  /**
   * Counts the numbers of line {@code i}, its runs and its longest run; returns how many vectors
   * (runs of two numbers or more) it holds.
   */
  private int scanNumbers(String line, int i) {
    if (countsUp(line)) {
      return 0;
    }
    int vectors = 0;
    int count = 0;
    int run = 0;
    long seen = 0;
    int best = 0;
    int at = 0;
    boolean date = false;
    while (at < line.length()) {
      if (isSeparator(line.charAt(at))) {
        at++;
        continue;
      }
      int end = tokenEnd(line, at);
      // A token is cut out of the line only when it may be a number or a date's word: a line of
      // matrix junk is thousands of tokens, and in the page each copy costs.
      boolean digit = NumberReader.hasDigit(line, at, end);
      if (digit && NumberReader.isNumber(line.substring(at, end))) {
        count++;
        run++;
      } else {
        if (run > 0) {
          seen |= 1L << Math.min(run, 63);
          vectors += run > 1 ? 1 : 0;
        }
        run = 0;
        int length = end - at;
        date |=
            (digit || length >= 3 && length <= 10 && KeyWords.isLetter(line.charAt(at)))
                && isDateWord(line.substring(at, end));
      }
      best = Math.max(best, run);
      at = end;
    }
    if (run > 0) {
      seen |= 1L << Math.min(run, 63);
      vectors += run > 1 ? 1 : 0;
    }
    runs[i] = seen;
    longest[i] = best;
    // A date or a clock time ("Thu, 3 Dec 2026 23:52:10") is no column of numbers.
    counts[i] = date ? 0 : count;
    return vectors;
  }

  /** How many numbers {@code text} holds, as {@link #scanNumbers} counts them. */
  private static int numbers(String text) {
    int count = 0;
    int at = 0;
    while (at < text.length()) {
      if (isSeparator(text.charAt(at))) {
        at++;
        continue;
      }
      int end = tokenEnd(text, at);
      if (NumberReader.hasDigit(text, at, end) && NumberReader.isNumber(text.substring(at, end))) {
        count++;
      }
      at = end;
    }
    return count;
  }

  /**
   * What separates the numbers of a printed vector ({@code array([[5],}, {@code `[5, 4, 0]`}): a
   * space or one of {@code ,;&[](){}|`*"'=}; a switch, as the page searches a string slowly.
   */
  private static boolean isSeparator(char c) {
    return switch (c) {
      case ',', ';', '&', '[', ']', '(', ')', '{', '}', '|', '`', '*', '"', '\'', '=' -> true;
      default -> Clean.isSpace(c);
    };
  }

  /** Where the token that starts at {@code at} ends: at the next separator, or the text's end. */
  private static int tokenEnd(String text, int at) {
    int end = at;
    while (end < text.length() && !isSeparator(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** A month's name or a clock time ({@code 23:52:10}, {@code 11:40}). */
  private static boolean isDateWord(String token) {
    int colon = token.indexOf(':');
    if (colon > 0
        && colon + 1 < token.length()
        && Character.isDigit(token.charAt(colon - 1))
        && Character.isDigit(token.charAt(colon + 1))) {
      return true;
    }
    String word = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
    // Lower-cased only when it can be a month's name (starting with a month's initial): the page
    // pays for every lower-casing.
    return word.length() >= 3
        && word.length() <= 9
        && "jfmasondJFMASOND".indexOf(word.charAt(0)) >= 0
        && MONTHS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the numbers of {@code line} count up from 0 or 1 ({@code 1;2;3}, {@code 0 1 2}): a
   * header numbering columns or steps, not a vector.
   */
  static boolean countsUp(String line) {
    int next = -1;
    int count = 0;
    for (int i = 0; i < line.length(); ) {
      int start = i;
      while (i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
        i++;
      }
      if (i == start) {
        i++;
        continue;
      }
      if (i - start > 6) {
        return false;
      }
      int n = Integer.parseInt(line.substring(start, i));
      if (next < 0 ? n > 1 : n != next) {
        return false;
      }
      next = n + 1;
      count++;
    }
    return count > 1;
  }

  /**
   * How many of the fields of {@code line} (its parts between {@code :}, {@code =}, {@code ,},
   * {@code ;}, {@code |}, {@code >}, {@code →} and tabs) are one vocabulary word standing as a
   * value ({@code Next token: is}, {@code predicted token,BOS,is}, {@code 1 BOS}, {@code
   * \\text{BOS}}); never a word inside prose ("after reading BOS", "the") or in parentheses ({@code
   * t=0 (BOS):}).
   */
  private int tokenFields(String line) {
    int found = 0;
    int words = 0;
    String word = null;
    for (int i = 0; i <= line.length(); ) {
      char c = i < line.length() ? line.charAt(i) : ',';
      if (endsField(c)) {
        found += words == 1 && keys.wordIndex(word) >= 0 ? 1 : 0;
        words = 0;
        word = null;
        i++;
        continue;
      }
      // Runs of letters by hand: a regular expression's run of thousands of '&' overflows the
      // page's stack (TeaVM's matcher recurses per character).
      int start = i;
      while (i < line.length() && KeyWords.isLetter(line.charAt(i))) {
        i++;
      }
      if (i == start) {
        i++;
        continue;
      }
      String letters = line.substring(start, i);
      if (letters.equals("text") || letters.equals("texttt")) {
        continue;
      }
      if (letters.length() > 1
          && Character.isUpperCase(letters.charAt(0))
          && !Character.isUpperCase(letters.charAt(1))) {
        // "The" starting a sentence is prose, not the token "the".
        words += 2;
        continue;
      }
      boolean inParentheses = neighbour(line, start - 1, -1) == '(' && neighbour(line, i, 1) == ')';
      words += inParentheses ? 2 : 1;
      word = letters;
    }
    return found;
  }

  /**
   * What parts the fields {@link #tokenFields} counts: a switch, as the page searches a string
   * slowly.
   */
  private static boolean endsField(char c) {
    return switch (c) {
      case ':', '=', ',', ';', '|', '>', '\t', '\u2192' -> true;
      default -> false;
    };
  }

  /**
   * Whether a word of the vocabulary stands in {@code line} as something said, not as prose: marked
   * ({@code **BOS**}, {@code « is »}, {@code : is}, {@code -> is}, {@code \\texttt{is}}); unless
   * {@code strict}, also ending its sentence ({@code …是 is.}) or in capitals ({@code BOS}; {@code
   * The} starting a sentence is no token {@code the}). A word after {@code after} or {@code
   * reading} is the token a step reads, never a prediction.
   */
  boolean mentionsToken(String line, boolean strict) {
    String previous = "";
    for (int i = 0; i < line.length(); ) {
      int start = i;
      while (i < line.length() && KeyWords.isLetter(line.charAt(i))) {
        i++;
      }
      if (i > start) {
        String word = line.substring(start, i);
        if (keys.wordIndex(word) >= 0
            && !READS.contains(previous.toLowerCase(Locale.ROOT))
            && isMarked(line, word, start, i, strict)) {
          return true;
        }
        previous = word;
      }
      i = Math.max(i, start + 1);
    }
    return false;
  }

  private static boolean isMarked(String line, String word, int start, int end, boolean strict) {
    char before = neighbour(line, start - 1, -1);
    char after = neighbour(line, end, 1);
    if ("*\"'`\u00ab\u201c\u2018:=>\u2192".indexOf(before) >= 0
        || "*\"'`\u00bb\u201d\u2019".indexOf(after) >= 0
        || (before == '{' && after == '}')) {
      return true;
    }
    if (strict) {
      return false;
    }
    boolean capitals = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    return ".?!".indexOf(after) >= 0 || after == 0 || capitals;
  }

  /**
   * The first character from {@code i} on, going by {@code step}, that is not a space; 0 at an end.
   */
  private static char neighbour(String line, int i, int step) {
    while (i >= 0 && i < line.length() && Clean.isSpace(line.charAt(i))) {
      i += step;
    }
    return i >= 0 && i < line.length() ? line.charAt(i) : 0;
  }

  /**
   * {@code q2} for a line that says {@code question 2} (or {@code Frage 2}, {@code Q2}) anywhere
   * ({@code For question 2, since …}, {@code octave:7> % question 2: …}); else null.
   */
  private static String questionNamed(String line) {
    if (!NumberReader.hasDigit(line, 0, line.length()) || !mayNameQuestion(line)) {
      // A question's number is written in digits, after its word: no need to cut the line into
      // words without one.
      return null;
    }
    List<String> words = Traces.words(line);
    for (int i = 0; i + 1 < words.size(); i++) {
      String word = plain(words.get(i));
      String next = plain(words.get(i + 1));
      boolean questionWord = word.equals("q") || KeySyntax.QUESTION_WORD_LIST.contains(word);
      if (questionWord && next.length() <= 2 && next.chars().allMatch(Character::isDigit)) {
        return "q" + Integer.parseInt(next);
      }
    }
    return null;
  }

  /**
   * Whether {@code line} has a run of letters that is a question word ({@code q}, {@code question},
   * {@code Frage}) with a digit as the next letter or digit after it, as {@link #questionNamed}'s
   * words would show it; the run is looked up only then.
   */
  private static boolean mayNameQuestion(String line) {
    for (int i = 0; i < line.length(); ) {
      int start = i;
      while (i < line.length() && KeyWords.isLetter(line.charAt(i))) {
        i++;
      }
      if (i == start) {
        i++;
        continue;
      }
      int next = i;
      while (next < line.length() && !KeyWords.isLetterOrDigit(line.charAt(next))) {
        next++;
      }
      if (next < line.length()
          && KeyWords.isDigit(line.charAt(next))
          && i - start <= 12
          && QUESTION_INITIALS.indexOf(Character.toLowerCase(line.charAt(start))) >= 0
          && KeySyntax.QUESTION_WORD_LIST.contains(KeyWords.squash(line.substring(start, i)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The question words' first letters: a run of letters is squashed and looked up only when it
   * starts with one ({@code bmatrix} before each {@code 5} of a matrix does not).
   */
  private static final String QUESTION_INITIALS = initials(KeySyntax.QUESTION_WORD_LIST);

  private static String initials(List<String> words) {
    StringBuilder initials = new StringBuilder();
    for (String word : words) {
      if (initials.indexOf(word.substring(0, 1)) < 0) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString();
  }

  private static String plain(String word) {
    return word.startsWith(Traces.JOINED) ? word.substring(Traces.JOINED.length()) : word;
  }

  /**
   * A comment line ({@code # 3 numbers, the hidden state}, {@code % …}, {@code // …}), as a
   * template writes under its keys: no value.
   */
  private static boolean isComment(String line) {
    String start = line.stripLeading();
    return start.startsWith("#") || start.startsWith("%") || start.startsWith("//");
  }

  /** A command typed at a prompt ({@code >>> np.argmax(logits1)}): code, not an answer. */
  static boolean isCommand(String line) {
    String start = line.stripLeading();
    return start.startsWith(">") || start.startsWith("In [") || start.startsWith("julia>");
  }
}
