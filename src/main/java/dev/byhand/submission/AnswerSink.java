package dev.byhand.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Collects the answers and problems of one file in order, enforcing the per-answer {@link Limits}.
 * Not thread-safe: one per file read.
 */
final class AnswerSink {
  private final String fileName;
  private final KeyResolver keys;

  /**
   * What the lines being read are within, as a key resolves it: a question ({@code q2}) or a step
   * ({@code after BOS}, {@code step 2}); null for neither.
   */
  private String context;

  /**
   * Whether an answer under the question heading was named as another question's ({@code h2} under
   * {@code Q2.}): the heading then binds no bare label after it.
   */
  private boolean contextContradicted;

  /** Whether a step heading numbered 0 with no token has been read: time may count from 0. */
  private boolean stepZeroSeen;

  private final List<Answer> answers = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  /** The most lines one answer's source runs over. */
  private static final int MAX_SOURCE_LINES = 12;

  /** The file's text, whose lines say where each answer was read. */
  private final String fileText;

  /** Where each line of {@link #fileText} starts; worked out on the first answer read by line. */
  private int[] lineStarts;

  private static final int MAX_RESOLVED = 4096;
  private final Map<String, KeyResolution> resolved = new HashMap<>();

  /** Each line quoted without values, by where it is. */
  private final Map<Location, Location> quotedLines = new HashMap<>();

  AnswerSink(String fileName) {
    this(fileName, KeyResolver.SYNTAX_ONLY, "");
  }

  AnswerSink(String fileName, KeyResolver keys, String fileText) {
    this.fileName = Clean.visible(fileName);
    this.keys = keys;
    this.fileText = fileText;
  }

  /**
   * What a written key names, by the rubric's items when the reader was given them; under a heading
   * such as "Question 2" or "Step 2", a key that names nothing by itself is read as within that
   * question or step.
   */
  KeyResolution key(String written) {
    KeyResolution key = resolve(written);
    // Once the file is known not to number time from 0, no label needs a second look.
    if (key instanceof KeyResolution.None
        && !"".equals(timeFromZero)
        && KeyResolver.namesAStep(written)
        && !timeFromZero().isEmpty()) {
      // "y0" in a file that numbers time from 0: the item it would be counted from 1.
      KeyResolution shifted = resolve(nextStep(written));
      return shifted instanceof KeyResolution.Found ? shifted : key;
    }
    return key;
  }

  private KeyResolution resolve(String written) {
    KeyResolution key = resolved(written);
    if (!(key instanceof KeyResolution.Found) && context != null && !contextContradicted) {
      KeyResolution within = resolved(context + " " + written);
      if (within instanceof KeyResolution.Found found && keys.knows(found.key())) {
        return within;
      }
    }
    return key;
  }

  /**
   * What {@code text} names, each text resolved once a file: every candidate label of every line is
   * resolved, a write-up repeats its labels, and resolving is the costliest step of reading a long
   * one (in the page most of all). At most {@value #MAX_RESOLVED} texts are kept.
   */
  private KeyResolution resolved(String text) {
    KeyResolution known = resolved.get(text);
    if (known == null) {
      known = keys.resolve(text);
      if (resolved.size() < MAX_RESOLVED) {
        resolved.put(text, known);
      }
    }
    return known;
  }

  /** {@code y1} for {@code y0}: the last number in a key one more; unchanged without one. */
  private static String nextStep(String written) {
    int end = written.length();
    while (end > 0 && !Character.isDigit(written.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isDigit(written.charAt(start - 1))) {
      start--;
    }
    if (start == end || end - start > 6) {
      return written;
    }
    int step = Integer.parseInt(written.substring(start, end)) + 1;
    return written.substring(0, start) + step + written.substring(end);
  }

  /** The token id of {@code word} in the rubric's vocabulary, or -1 when it is not one. */
  int wordIndex(String word) {
    return keys.wordIndex(word);
  }

  /** Whether {@code key} is one the rubric asks for (always, when reading without a rubric). */
  boolean asks(AnswerKey key) {
    return keys.asks(key);
  }

  /** The question the following lines are under ({@code q2}), or null for none. */
  void underQuestion(String questionId) {
    this.context = questionId;
    this.contextContradicted = false;
  }

  /**
   * The following lines are under a step heading: the step whose token it names when the sentence
   * reads that token once ({@code Step 1 (reading BOS)}), else its number counted from 1 ({@code
   * Step 2}). Once a file has a step 0 naming no token, numbers say nothing: time may count from 0
   * there, and the lines are read as under no heading.
   */
  void underStep(Headings.Step step) {
    stepZeroSeen |= step.zeroWithoutToken();
    int at = step.resolve(keys, stepZeroSeen);
    context = at > 0 ? "step " + at : null;
    contextContradicted = false;
  }

  String fileName() {
    return fileName;
  }

  /** Adds the answer, or a problem instead when it breaks a limit. */
  void answer(AnswerKey key, String keyAsWritten, List<String> values, Location location) {
    answer(key, keyAsWritten, Written.flat(values), location);
  }

  /**
   * Adds the answer with its text as written ({@code text}), or a problem when it breaks a limit.
   */
  void answer(
      AnswerKey key, String keyAsWritten, List<String> values, Location location, String text) {
    answer(key, keyAsWritten, Written.flat(values).withText(text), location);
  }

  /**
   * Where the file first labels a step 0 that exists only when time is numbered from 0 ({@code y0 =
   * …}), as {@code "y0" (line 7)}; empty when it does not. Worked out on the first answer named by
   * a step.
   */
  private String timeFromZero;

  /** Says that {@code key} is there at {@code location} but its value is not sure, and why. */
  void refuse(AnswerKey key, String keyAsWritten, Location location, String why) {
    answers.add(
        Answer.refused(
            key,
            Clean.visible(keyAsWritten),
            sourced(location, List.of(), List.of()),
            Clean.visible(why)));
  }

  /**
   * Whether an answer, even a blank or refused one, was read for {@code key}: its item by name, or
   * its question alone when the question asks for one item ({@code q2,BOS}).
   */
  boolean hasAnswer(AnswerKey key) {
    long items = itemsOf(key);
    for (Answer answer : answers) {
      if (answer.isBlank() && (continues(answer) || asksOrSaysToken(answer))) {
        // Read as blank though the line goes on after its key, asks a question ("favored next
        // token?") or says a token after the prediction's name: a misreading, not an empty answer.
        continue;
      }
      if (answers(answer.key(), key, items)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first blank answer read for {@code key} when every answer read for it is blank (its label
   * with nothing after it); empty when a value or a refusal was read for it, or nothing.
   */
  Optional<Answer> onlyBlank(AnswerKey key) {
    long items = itemsOf(key);
    Answer blank = null;
    for (Answer answer : answers) {
      if (answers(answer.key(), key, items)) {
        if (!answer.isBlank()) {
          return Optional.empty();
        }
        blank = blank == null ? answer : blank;
      }
    }
    return Optional.ofNullable(blank);
  }

  private long itemsOf(AnswerKey key) {
    return keys.targets().stream().filter(t -> t.question().equals(key.question())).count();
  }

  /** Whether an answer read under {@code written} is one to {@code key} (of {@code items}). */
  private static boolean answers(AnswerKey written, AnswerKey key, long items) {
    return written.question().equals(key.question())
        && (written.item().equals(key.item())
            || written.written().equals(key.item())
            || (written.isQuestionOnly() && items == 1));
  }

  private boolean asksOrSaysToken(Answer answer) {
    return answer.location().text().strip().endsWith("?")
        || Traces.saysToken(Traces.words(answer.keyAsWritten()), keys);
  }

  /** Whether the answer's line holds more letters or digits than its key. */
  private static boolean continues(Answer answer) {
    return KeyWords.squash(answer.location().text()).length()
        > KeyWords.squash(answer.keyAsWritten()).length();
  }

  /**
   * Refuses {@code key}, whose sign is on the line at {@code location} though no value for it was
   * read there (see {@link Traces}): never called missing.
   */
  void refuseUnread(AnswerKey key, Location location) {
    String why =
        "this looks like your answer to "
            + key
            + ", but byhand could not read which value it gives, so it was not graded;"
            + " write it on a line of its own, like "
            + key
            + " = your answer";
    List<Problem> there = new ArrayList<>(1);
    for (Problem problem : problems) {
      if (problem.location().line().equals(location.line())) {
        there.add(problem);
      }
    }
    for (Problem problem : there) {
      // What was wrong with the item's value says more than that it was not read.
      if (problem.message().contains(key.toString())) {
        why = problem.message();
        break;
      }
    }
    refuse(key, key.toString(), location, quoted(location) + why);
  }

  /**
   * Refuses {@code key}, which nothing in the file names, at a line no answer was read from that
   * holds a value of its shape: it may be the answer, but byhand cannot tell which item it answers.
   */
  void refuseUnplaced(AnswerKey key, Location location) {
    refuse(
        key,
        key.toString(),
        location,
        quoted(location)
            + "byhand found values here that it could not place: this may be your answer to "
            + key
            + ", but nothing names which answer it is, so it was not graded; label it on its"
            + " line, like "
            + key
            + " = your answer");
  }

  /**
   * Refuses {@code key}, whose label was read with nothing after it ({@code blank}) though the
   * lines {@code below} it (or its own line, past the label) hold what may be its value: there, but
   * not read, never missing. The fix is in the file's own words: the value after the label on its
   * line (in a notebook, in the label's markdown cell, as a printed output is not tied to it).
   */
  void refuseBlank(AnswerKey key, Answer blank, List<String> below, boolean notebook) {
    Location location = blank.location();
    List<String> shown = new ArrayList<>(below.size());
    for (String line : below) {
      shown.add("\"" + Clean.stripSpaces(line) + "\"");
    }
    String label = Clean.stripSpaces(location.text());
    String trimmed = label;
    while (!trimmed.isEmpty() && "* ".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    String example =
        trimmed.endsWith(":") || trimmed.endsWith("=")
            ? label + " your answer"
            : label + " = your answer";
    String why;
    if (below.size() == 1 && below.get(0).equals(location.text())) {
      why =
          "this labels "
              + key
              + " and holds what may be its value, but byhand could not read which value it"
              + " gives, so it was not graded; write it on a line of its own, like "
              + key
              + " = your answer";
    } else {
      why =
          "this labels "
              + key
              + " with nothing after it, and the lines below it hold what may be its value ("
              + String.join(", ", shown)
              + "), but byhand could not read which value it gives, so it was not graded; "
              + (notebook
                  ? "byhand does not tie a cell's printed output to the label above it, so write"
                      + " the value after the label in its markdown cell, like "
                  : "write the value on the label's line, like ")
              + example;
    }
    refuse(key, blank.keyAsWritten(), location, quoted(location) + why);
  }

  /**
   * Refuses {@code key}, whose vector opens a bracket on the line at {@code location} that no line
   * read with it closes: its first part is not the answer.
   */
  void refuseUnclosed(AnswerKey key, String keyAsWritten, Location location) {
    refuse(
        key,
        keyAsWritten,
        location,
        quoted(location)
            + "the bracket that opens "
            + key
            + " is not closed, so byhand cannot tell where the vector ends and did not grade it;"
            + " write the whole vector on one line, like "
            + key
            + " = [your numbers]");
  }

  /** Whether an answer to {@code key}, even a refused one, was read above line {@code line}. */
  boolean answeredAbove(AnswerKey key, int line) {
    for (Answer answer : answers) {
      if (answer.key().equals(key) && answer.location().line().orElse(line) < line) {
        return true;
      }
    }
    return false;
  }

  /**
   * Replaces every answer to {@code key} read so far with {@code values}, read at {@code location}
   * from a later note that corrects them ({@link Corrections}).
   */
  void replace(AnswerKey key, String keyAsWritten, List<String> values, Location location) {
    answers.removeIf(answer -> answer.key().equals(key));
    answer(key, keyAsWritten, values, location);
  }

  /**
   * Refuses {@code key}, whose answer a later note at {@code location} corrects without a value
   * byhand can read: the retracted answer is never graded.
   */
  void refuseCorrected(AnswerKey key, Location location) {
    answers.removeIf(answer -> answer.key().equals(key));
    refuse(
        key,
        key.toString(),
        location,
        quoted(location)
            + "this note corrects your answer to "
            + key
            + ", but byhand could not read the corrected value, so neither was graded; write the"
            + " answer you mean once, like "
            + key
            + " = your answer");
  }

  /** Refuses each item {@code ambiguous} names, quoting the line. */
  void refuse(KeyResolution.Ambiguous ambiguous, String keyAsWritten, Location location) {
    for (AnswerKey key : ambiguous.keys()) {
      if (asks(key)) {
        refuse(key, keyAsWritten, location, quoted(location) + ambiguous.sentence(keyAsWritten));
      }
    }
  }

  /** The line at {@code location} as the file has it (cut as a quote is), spaces stripped. */
  String lineText(Location location) {
    return Clean.stripSpaces(sourced(location, List.of(), List.of()).text());
  }

  /** {@code "h1 = [5, 4, 0]" (alice.txt line 3): }, the whole line quoted. */
  private String quoted(Location location) {
    String line = sourced(location, List.of(), List.of()).text();
    return line.isEmpty() ? "" : "\"" + Clean.stripSpaces(line) + "\" (" + location + "): ";
  }

  /**
   * {@code h1} in a file that numbers time from 0 is the step after BOS or the one after it: both
   * items are refused, never one graded as the other.
   */
  private void refuseBothOrigins(String keyAsWritten, Location location) {
    List<AnswerKey> both = new ArrayList<>();
    for (KeyResolution reading : List.of(resolve(keyAsWritten), resolve(nextStep(keyAsWritten)))) {
      if (reading instanceof KeyResolution.Found found
          && asks(found.key())
          && !both.contains(found.key())) {
        both.add(found.key());
      }
    }
    String written = Clean.strip(keyAsWritten);
    for (AnswerKey key : both) {
      refuse(
          key,
          keyAsWritten,
          location,
          quoted(location)
              + "this file numbers time steps from 0 ("
              + timeFromZero
              + "), so \""
              + written
              + "\" could be "
              + String.join(" or ", both.stream().map(AnswerKey::toString).toList())
              + "; byhand grades neither rather than one step as another. Write the full key, e.g. "
              + key
              + " = …, for the step you mean");
    }
  }

  /**
   * A time word before "from 0" ({@code I number time steps from 0}, {@code t counts from t = 0}),
   * or step 0 said to be the first token ({@code t = 0 is the first word}, {@code t=0 is BOS}).
   */
  private static final Pattern DECLARES_FROM_ZERO =
      Pattern.compile(
          "\\b(?:time|steps?|t)\\b[^.;:]{0,40}\\bfrom (?:t ?= ?)?(?:0|zero)\\b"
              + "|\\bt ?= ?0 is (?:the )?(?:first|bos\\b|after)");

  /** Step 0 said to be the starting state ({@code t = 0 is the initial state}): no such sign. */
  private static final Pattern STEP_ZERO_IS_START =
      Pattern.compile("\\b(?:t ?= ?0|step 0|h_?0) is (?:the )?(?:initial|start|zero)");

  /** The most characters of a line looked at for a declared time origin. */
  private static final int MAX_DECLARATION_CHARS = 240;

  /** Whether the file says in words that step 0 reads its first token; worked out once. */
  private Boolean declaresTimeFromZero;

  /**
   * Whether a line of the file says that it numbers time from 0 with step 0 reading the first token
   * ({@code NOTE: I number time steps from 0, so h0 is the state after reading BOS}): with that
   * said, {@code h1} is the step after the first, not a step that could be either.
   */
  private boolean declaresTimeFromZero() {
    if (declaresTimeFromZero == null) {
      declaresTimeFromZero = false;
      if (lineStarts == null) {
        lineStarts = Lines.starts(fileText);
      }
      for (int i = 0; i < lineStarts.length && !declaresTimeFromZero; i++) {
        String line = Lines.line(fileText, lineStarts, i);
        line =
            line.substring(0, Math.min(line.length(), MAX_DECLARATION_CHARS))
                .toLowerCase(Locale.ROOT);
        // Only a line with a 0 or "zero" can declare it: the expressions run on no other.
        declaresTimeFromZero =
            (line.indexOf('0') >= 0 || line.contains("zero"))
                && DECLARES_FROM_ZERO.matcher(line).find()
                && !STEP_ZERO_IS_START.matcher(line).find();
      }
    }
    return declaresTimeFromZero;
  }

  private String timeFromZero() {
    if (timeFromZero == null) {
      timeFromZero = "";
      if (lineStarts == null) {
        lineStarts = Lines.starts(fileText);
      }
      for (int i = 0; i < lineStarts.length && timeFromZero.isEmpty(); i++) {
        String line = Clean.stripSpaces(Lines.line(fileText, lineStarts, i));
        int sign = -1;
        int depth = 0;
        for (int j = 0; j < Math.min(line.length(), 64) && sign < 0; j++) {
          char c = line.charAt(j);
          depth += c == '[' || c == '(' || c == '{' ? 1 : c == ']' || c == ')' || c == '}' ? -1 : 0;
          sign = depth == 0 && (c == '=' || c == ':') ? j : -1;
        }
        if (sign > 0 && keys.labelsStepZero(line.substring(0, sign))) {
          timeFromZero = "\"" + Clean.strip(line.substring(0, sign)) + "\" (line " + (i + 1) + ")";
        }
      }
    }
    return timeFromZero;
  }

  /**
   * Whether the text of an answer to {@code key} is longer than any answer within the limits can
   * be; if so a problem says so, and the text is not read at all (reading it costs time in the page
   * for nothing: it would break a limit anyway).
   */
  boolean tooLong(AnswerKey key, int chars, Location location) {
    if (chars <= Limits.MAX_ANSWER_CHARS) {
      return false;
    }
    problem(
        location,
        key
            + " is written over "
            + chars
            + " characters, more than any answer can take (at most "
            + Limits.MAX_VALUES
            + " values of at most "
            + Limits.MAX_VALUE_CHARS
            + " characters); write only the numbers the question asks for");
    return true;
  }

  /**
   * Whether the file says it numbers from 1 ({@code 1-based}, {@code one-indexed}); once a file.
   */
  private boolean countsTokensFromOne() {
    if (oneBased == null) {
      String lower = KeyWords.lower(fileText);
      oneBased = false;
      for (String word : ONE_BASED) {
        oneBased |= lower.contains(word);
      }
    }
    return oneBased;
  }

  private static final List<String> ONE_BASED =
      List.of(
          "1-based",
          "1 based",
          "one-based",
          "1-indexed",
          "one-indexed",
          "indexed from 1",
          "indices from 1",
          "numbered from 1",
          "counting from 1",
          "counted from 1");

  private Boolean oneBased;

  private static boolean isWholeNumber(String value) {
    String text = value.strip();
    if (text.isEmpty() || text.length() > 3) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Adds the answer with its rows and text, or a problem instead when it breaks a limit. */
  void answer(AnswerKey answered, String keyAsWritten, Written written, Location location) {
    if (isWorking(keyAsWritten) || multipliesAVector(written.text())) {
      // "For h2 I did [5,4,0]·W = [26, -11, 21]": a line of working, not an answer to h2.
      return;
    }
    if (KeyResolver.namesAStep(keyAsWritten) && !timeFromZero().isEmpty()) {
      KeyResolution shifted = declaresTimeFromZero() ? resolve(nextStep(keyAsWritten)) : null;
      if (!(shifted instanceof KeyResolution.Found found) || !asks(found.key())) {
        refuseBothOrigins(keyAsWritten, location);
        return;
      }
      // "h1" where the student says step 0 reads the first token: the step after it.
      answered = found.key();
    }
    if (context != null
        && !context.startsWith("step ")
        && !answered.question().equals(context)
        && resolved(keyAsWritten) instanceof KeyResolution.Found) {
      // "Q2. … predicts BOS." then "h2 = […]", "logits2 = […]": the names say another question
      // now; a bare label after them ("next: is") is no longer sure to be Q2's.
      contextContradicted = true;
    }
    if (written.values().size() == 1
        && (KeyWords.isPrediction(answered.item()) || answered.isQuestionOnly())
        && isWholeNumber(written.values().get(0))
        && countsTokensFromOne()) {
      // "(indices 1-based: 1=BOS 2=the …)", then "favoured token index: 4": the student's number
      // is not the handout's token id.
      refuse(
          answered,
          keyAsWritten,
          location,
          "this file numbers the tokens from 1, and a token's number is read from 0 as the"
              + " handout numbers them, so "
              + written.values().get(0)
              + " was not graded; write the token's word instead");
      return;
    }
    List<String> values = written.values();
    AnswerKey key =
        namesHatY(keyAsWritten) && values.size() > 1 && NumberReader.allNumbers(values)
            ? keys.logitsBeside(answered).orElse(answered)
            : answered;
    String text = written.text();
    if (values.size() > Limits.MAX_VALUES) {
      problem(
          location,
          key
              + " has "
              + values.size()
              + " values, more than the limit of "
              + Limits.MAX_VALUES
              + "; write only the numbers the question asks for");
      return;
    }
    for (String value : values) {
      if (value.length() > Limits.MAX_VALUE_CHARS) {
        problem(
            location,
            "a value of "
                + key
                + " has "
                + value.length()
                + " characters, more than the limit of "
                + Limits.MAX_VALUE_CHARS
                + "; write one number or word per value");
        return;
      }
    }
    // Student text leaves the reader inert: no escape sequence or bidi control reaches any output.
    List<String> inert = new ArrayList<>(values.size());
    for (String value : values) {
      inert.add(Clean.visible(value));
    }
    String shortText = text.length() > Limits.MAX_VALUE_CHARS * 4 ? "" : text;
    answers.add(
        new Answer(
            key,
            Clean.visible(keyAsWritten),
            inert,
            sourced(location, inert, written.rowSizes()),
            Clean.visible(shortText),
            written.rowSizes()));
  }

  /**
   * Whether a label is the handout's {@code ŷ} ({@code ŷ₁}, {@code \\hat{y}_2}): the model's
   * output, a token when a word follows it and the logits when a vector does.
   */
  private static boolean namesHatY(String keyAsWritten) {
    return keyAsWritten.indexOf('\u0177') >= 0
        || keyAsWritten.indexOf('\u0302') >= 0
        || keyAsWritten.contains("\\hat");
  }

  /**
   * Whether a label is working rather than a name: it multiplies a value or a step's quantity
   * ({@code [5,4,0]·W}, {@code h1·V}, {@code ×}, {@code @}, {@code h1 * W}). A product of symbols
   * without a step ({@code the output is h·V}) is the quantity's formula, and names it.
   */
  static boolean isWorking(String label) {
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      boolean times =
          c == '\u00b7'
              || c == '\u00d7'
              || c == '@'
              || c == '\u22c5'
              || c == '*' && i > 0 && i + 1 < label.length() && operand(label, i);
      if (times && factorIsAValue(label, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the factor before {@code sign} is a vector or a quantity with its step ({@code h1}).
   */
  private static boolean factorIsAValue(String label, int sign) {
    int end = sign;
    while (end > 0 && Clean.isSpace(label.charAt(end - 1))) {
      end--;
    }
    for (int i = end - 1; i >= 0 && !Clean.isSpace(label.charAt(i)); i--) {
      char c = label.charAt(i);
      if (Character.isDigit(c) || c == ']' || c == ')') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text} starts with a vector that something multiplies ({@code [5,4,0]·W = […]},
   * {@code [5, 4, 0] @ W}): working, whose product is no answer to the name before it.
   */
  static boolean multipliesAVector(String text) {
    String value = Clean.stripSpaces(text);
    if (value.isEmpty() || value.charAt(0) != '[' && value.charAt(0) != '(') {
      return false;
    }
    int close = value.indexOf(value.charAt(0) == '[' ? ']' : ')');
    if (close < 0 || value.indexOf('=', close) < 0) {
      return false;
    }
    String after = Clean.stripSpaces(value.substring(close + 1));
    char c = after.isEmpty() ? ' ' : after.charAt(0);
    return c == '\u00b7' || c == '\u00d7' || c == '@' || c == '\u22c5' || c == '*';
  }

  /**
   * Whether the {@code *} at {@code i} multiplies: spaces on both sides ({@code h1 * W}) or a
   * letter or digit on both ({@code h1*W}); {@code *the*} is Markdown's emphasis.
   */
  private static boolean operand(String label, int i) {
    char before = label.charAt(i - 1);
    char after = label.charAt(i + 1);
    return Clean.isSpace(before) && Clean.isSpace(after)
        || Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
  }

  /**
   * {@code location} with the text found there: the line as it stands in the file, or for a JSON
   * answer its value as read ({@code [5, 4, 0]}).
   */
  private Location sourced(Location location, List<String> values, List<Integer> rowSizes) {
    if (location.line().isPresent() && values.isEmpty()) {
      // A line quoted for its refusals, as often as it holds labels: made once.
      return quotedLines.computeIfAbsent(
          location, at -> at.withText(lines(at.line().getAsInt(), List.of())));
    }
    if (location.line().isPresent()) {
      return location.withText(lines(location.line().getAsInt(), values));
    }
    return location.withText(ValueText.of(values, rowSizes));
  }

  /**
   * The text an answer was read from: its line, and when its values go on down the page (a vector
   * drawn over several lines, a YAML list, a LaTeX block), the lines down to its last value, at
   * most {@link #MAX_SOURCE_LINES}; one line per line break. Empty past the end of the file.
   */
  private String lines(int first, List<String> values) {
    if (lineStarts == null) {
      lineStarts = Lines.starts(fileText);
    }
    if (first < 1 || first > lineStarts.length) {
      return "";
    }
    String head = Lines.line(fileText, lineStarts, first - 1);
    if (head.length() > Location.MAX_READ) {
      // A quote is cut within a line this long: the lines after it would never show.
      return head;
    }
    StringBuilder text = new StringBuilder(head);
    int next = 0;
    int from = 0;
    for (int line = first; ; line++) {
      // Each value in order, each after the one before it.
      while (next < values.size()) {
        int at = text.indexOf(values.get(next), from);
        if (at < 0) {
          break;
        }
        from = at + values.get(next).length();
        next++;
      }
      if (next == values.size()) {
        return text.toString();
      }
      if (line - first + 1 >= MAX_SOURCE_LINES || line >= lineStarts.length) {
        // Not all found nearby: the line the reader named is what it read from.
        return Lines.line(fileText, lineStarts, first - 1);
      }
      text.append('\n').append(Lines.line(fileText, lineStarts, line));
    }
  }

  void problem(Location location, String message) {
    problems.add(new Problem(location, Clean.visible(message)));
  }

  List<Answer> answers() {
    return List.copyOf(answers);
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }
}
