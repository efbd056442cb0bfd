package dev.byhand.submission;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that starts a question's block in a write-up: {@code ## Question 2}, {@code
 * \section*{Question 2}}, {@code \subsection*{2}}, {@code Q2:}, {@code Part 2}, {@code 2.}, {@code
 * **2.**}, {@code (b)}, an Org {@code ** Question 2}, in other languages ({@code **Aufgabe 2.**},
 * {@code Pregunta 2:}, {@code **第2题**：}), alone on its line or before the first answer of the block
 * ({@code Q1: h = [5, 4, 0]}). The lines from it to the next such line answer that question; a
 * letter counts from {@code (a)} for question 1, unless it is indented: {@code a) new hidden state}
 * under {@code 1.} is a part of question 1.
 */
final class Headings {
  static final Pattern HEADING =
      Pattern.compile(
          "\\s*(?:>\\s*)?(?:[-+\u2022]\\s+)?(?:#{1,6}\\s*|\\*{1,3}\\s*|\\\\(?:sub)*section\\*?\\s*\\{\\s*|\\\\textbf\\s*\\{\\s*)?"
              + "(?:(?:"
              + KeySyntax.QUESTION_WORDS
              + "|part)\\s*\\.?\\s*0*(\\d{1,6})|0*(\\d{1,3})\\s*(?:[.)]|(?=\\}))|\\(\\s*([a-h])\\s*\\)|([a-h])\\)"
              + "|\u7b2c\\s*0*(\\d{1,6})\\s*[\u9898\u984c])"
              + "\\s*[.:)]?\\s*(?:\\*\\*|\\})?\\s*(?:[.:]?(?:\\s|$)|[.:](?=[^\\x00-\\x7f]))",
          Pattern.CASE_INSENSITIVE);

  /** The groups of {@link #HEADING} that hold a question's number; 3 and 4 hold a letter. */
  private static final int[] NUMBER_GROUPS = {1, 2, 5};

  /** The question words {@link #mayStart} looks for, and {@code part}. */
  private static final Set<String> WORDS = words();

  private Headings() {}

  private static Set<String> words() {
    Set<String> words = new HashSet<>(KeySyntax.QUESTION_WORD_LIST);
    words.add("part");
    return Set.copyOf(words);
  }

  /** {@code q2} for a line that starts question 2's block; empty for any other line. */
  static Optional<String> question(String line) {
    if (!mayStart(line)) {
      return Optional.empty();
    }
    OptionalInt numbered = markdownNumber(line);
    if (numbered.isPresent()) {
      return Optional.of("q" + numbered.getAsInt());
    }
    // A heading starts its line: no need to look far into a long one.
    Matcher m = HEADING.matcher(line.length() > 200 ? line.substring(0, 200) : line);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String start = Clean.stripSpaces(line);
    if (m.group(1) == null
        && m.group(5) == null
        && !start.isEmpty()
        && "-+\u2022".indexOf(start.charAt(0)) >= 0) {
      // A list's item numbered "- 1." or lettered "- a)" is a list, not a question: only a
      // question word makes a list item a heading.
      return Optional.empty();
    }
    for (int group : NUMBER_GROUPS) {
      if (m.group(group) != null) {
        return Optional.of("q" + Integer.parseInt(m.group(group)));
      }
    }
    if (Character.isWhitespace(line.charAt(0))) {
      // An indented letter ("  a) new hidden state: …") is a part of the question above it.
      return Optional.empty();
    }
    String letter = m.group(3) != null ? m.group(3) : m.group(4);
    return Optional.of("q" + (Character.toLowerCase(letter.charAt(0)) - 'a' + 1));
  }

  /**
   * Whether {@link #HEADING} can match {@code line}: its first character after spaces opens markup
   * ({@code #}, {@code *}, a backslash), after a block quote's {@code >} or not, starts a question
   * word ({@code q}, {@code p}, {@code e}, {@code t}), a number or {@code (}, or is a letter before
   * {@code )}. Most lines are none of these, and a matcher costs in the page: this runs for every
   * line, several times.
   */
  static boolean mayStart(String line) {
    int i = 0;
    while (i < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(i)) >= 0) {
      i++;
    }
    if (i < line.length() && line.charAt(i) == '>') {
      // A question quoted as a block quote: "> 1. What is …".
      i++;
      while (i < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(i)) >= 0) {
        i++;
      }
    }
    if (i + 1 < line.length()
        && "-+\u2022".indexOf(line.charAt(i)) >= 0
        && Clean.isSpace(line.charAt(i + 1))) {
      // A heading as a list's item: "- Question 1: hidden state and output after BOS".
      i++;
      while (i < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(i)) >= 0) {
        i++;
      }
    }
    if (i == line.length()) {
      return false;
    }
    char c = Character.toLowerCase(line.charAt(i));
    if ("#*\\(\u7b2c".indexOf(c) >= 0
        || c >= '0' && c <= '9'
        || c >= 'a' && c <= 'h' && i + 1 < line.length() && line.charAt(i + 1) == ')') {
      return true;
    }
    int end = i;
    while (end < line.length() && end - i <= MAX_WORD && isWordChar(line.charAt(end))) {
      end++;
    }
    // A question word is followed by its number (Q2, Aufgabe 2., Part 3): only then is the word
    // looked up (lower-casing every line's first word was a tenth of the page's time).
    int next = end;
    while (next < line.length() && " \t\n\u000B\f\r.".indexOf(line.charAt(next)) >= 0) {
      next++;
    }
    return end - i <= MAX_WORD
        && next < line.length()
        && line.charAt(next) >= '0'
        && line.charAt(next) <= '9'
        && WORDS.contains(line.substring(i, end).toLowerCase(Locale.ROOT));
  }

  /** A letter, or a mark that belongs to one (the virama of Hindi's {@code प्रश्न}). */
  private static boolean isWordChar(char c) {
    if (c < 0x80) {
      return KeyWords.isLetter(c);
    }
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * {@code ### Step 1}, {@code Step 2 (reading "the")}, {@code t = 1: read BOS}, {@code After
   * BOS:}, {@code **Time step 2**}, {@code Schritt 1}: a line that starts the block of one step of
   * the sentence. The lines under it (to the next heading) answer that step, so a label that names
   * no step by itself ({@code logits}) names the one at this step.
   */
  private static final Pattern STEP =
      Pattern.compile(
          "\\s*(?:>\\s*)?(?:#{1,6}\\s*|[-*\u2022\u25cf]\\s*|\\\\(?:sub)*section\\*?\\s*\\{\\s*"
              + "|\\\\(?:textbf|paragraph)\\s*\\{\\s*)?(?:\\*\\*)?\\s*"
              + "(?:(?:time\\s*step|timestep|step|schritt|paso|passo|\u00e9tape|etape|\u0448\u0430\u0433)"
              + "\\s*0*(\\d{1,3})|t\\s*=\\s*0*(\\d{1,3})"
              + "|after\\s+(?:reading\\s+)?(?:in\\s+)?[\"'\u201c\u2018\u00ab`]?\\s*(\\p{L}{1,20})\\s*[\"'\u201d\u2019\u00bb`]?(?=\\s*[:(*}]|\\s*$))"
              + "\\s*(?:\\(([^()]{0,40})\\))?\\s*(?:\\*\\*|\\})?\\s*(?:[:.,\u2014]|\\s-\\s|$)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The first words of a step heading, lower-cased, for {@link #mayStartStep}. */
  private static final Set<String> STEP_WORDS =
      Set.of(
          "time",
          "timestep",
          "step",
          "schritt",
          "paso",
          "passo",
          "\u00e9tape",
          "etape",
          "\u0448\u0430\u0433",
          "t",
          "after");

  /** Words before the token a step reads: {@code read BOS}, {@code reading "the"}. */
  private static final Pattern READS =
      Pattern.compile(
          "(?:reading|reads?)(?:\\s*:\\s*|\\s+)[\"'\u201c\u2018\u00ab`]?(\\p{L}{1,20})[\"'\u201d\u2019\u00bb`]?(?:\\s|[.,;:)]|$)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A step heading: the token it says the step reads ({@code BOS} in {@code Step 1 (reading BOS)}),
   * null when it names none; the step's number, -1 when it gives none; where it ends on its line.
   */
  record Step(String token, int number, int end) {
    /**
     * The step this heading starts, counted from 1: the step whose token it names when the sentence
     * reads that token once ({@code Step 1 (reading BOS)}), else its number ({@code Step 2}) unless
     * {@code fromZeroMaybe} (a file that had a tokenless {@code Step 0}: time may count from 0
     * there); 0 when it says no step for sure.
     */
    int resolve(KeyResolver keys, boolean fromZeroMaybe) {
      List<Integer> read = token == null ? List.of() : keys.stepsReading(KeyWords.squash(token));
      if (read.size() == 1) {
        return read.get(0);
      }
      return number > 0 && !fromZeroMaybe ? number : 0;
    }

    /** Whether this is a step 0 naming no token: after it, numbers say no step for sure. */
    boolean zeroWithoutToken() {
      return number == 0 && token == null;
    }
  }

  /**
   * The step heading that starts {@code line}, if one does. Which step it is (by its token, or by
   * its number when time counts from 1) is the reader's to decide: a heading is only what it says.
   */
  static Optional<Step> step(String line) {
    if (!mayStartStep(line)) {
      return Optional.empty();
    }
    Matcher m = STEP.matcher(line.length() > 200 ? line.substring(0, 200) : line);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String token = m.group(3);
    if (token == null && m.group(4) != null) {
      token = readToken(m.group(4));
    }
    int end = m.end();
    while (end < line.length() && " \t*}".indexOf(line.charAt(end)) >= 0) {
      end++;
    }
    if (token == null) {
      Matcher read = READS.matcher(line.substring(end));
      if (read.lookingAt()) {
        token = read.group(1);
        end = line.length();
      }
    }
    String number = m.group(1) != null ? m.group(1) : m.group(2);
    return Optional.of(new Step(token, number == null ? -1 : Integer.parseInt(number), end));
  }

  /** The token in {@code reading BOS} or {@code the}, a heading's parenthesis; null for none. */
  private static String readToken(String parenthesis) {
    Matcher read = READS.matcher(Clean.stripSpaces(parenthesis));
    if (read.lookingAt()) {
      return read.group(1);
    }
    StringBuilder unquoted = new StringBuilder(parenthesis.length());
    for (int i = 0; i < parenthesis.length(); i++) {
      char c = parenthesis.charAt(i);
      if (!Clean.isQuote(c)) {
        unquoted.append(c);
      }
    }
    String word = Clean.strip(unquoted.toString());
    return !word.isEmpty() && word.length() <= 20 && word.chars().allMatch(Character::isLetter)
        ? word
        : null;
  }

  /** Whether a line's first word (after markup) may start a step heading: most lines' does not. */
  private static boolean mayStartStep(String line) {
    int i = 0;
    while (i < line.length() && " \t>#*-\\{\u2022\u25cf".indexOf(line.charAt(i)) >= 0) {
      i++;
    }
    if (line.startsWith("section", i)
        || line.startsWith("subsection", i)
        || line.startsWith("textbf", i)
        || line.startsWith("paragraph", i)) {
      return true;
    }
    int end = i;
    while (end < line.length() && end - i <= 8 && Character.isLetter(line.charAt(end))) {
      end++;
    }
    // Lower-cased only when its first letter may start one: every line comes here, in the page too.
    return end > i
        && end - i <= 8
        && "aAeEpPsStT\u00e9\u00c9\u0448\u0428".indexOf(line.charAt(i)) >= 0
        && STEP_WORDS.contains(line.substring(i, end).toLowerCase(Locale.ROOT));
  }

  /**
   * {@code ## 2}: a Markdown heading that is a number alone (a colon or full stop after it at most)
   * is that question's; any other line has none.
   */
  private static OptionalInt markdownNumber(String line) {
    int i = 0;
    while (i < line.length() && Clean.isSpace(line.charAt(i))) {
      i++;
    }
    int hashes = i;
    while (i < line.length() && line.charAt(i) == '#') {
      i++;
    }
    if (i == hashes || i - hashes > 6) {
      return OptionalInt.empty();
    }
    while (i < line.length() && Clean.isSpace(line.charAt(i))) {
      i++;
    }
    int digits = i;
    while (i < line.length() && i - digits < 3 && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
      i++;
    }
    int end = i;
    if (end < line.length() && (line.charAt(end) == ':' || line.charAt(end) == '.')) {
      i = end + 1;
    }
    while (i < line.length() && Clean.isSpace(line.charAt(i))) {
      i++;
    }
    return end > digits && i == line.length()
        ? OptionalInt.of(Integer.parseInt(line.substring(digits, end)))
        : OptionalInt.empty();
  }

  /** The longest question word. */
  private static final int MAX_WORD = 12;

  /**
   * The text after the question heading that starts {@code line} ({@code BOS} in {@code Q2. BOS});
   * empty when no heading starts it.
   */
  static Optional<String> after(String line) {
    if (line.length() > 200) {
      return Optional.empty();
    }
    Matcher m = HEADING.matcher(line);
    return m.lookingAt() ? Optional.of(line.substring(m.end()).strip()) : Optional.empty();
  }
}
