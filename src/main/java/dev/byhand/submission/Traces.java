package dev.byhand.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reader's safety net (issue 23, deliverable 4): an item the file shows a sign of answering but
 * for which no value was read is refused, quoting the line, never called missing. A sign is the
 * item's key, alias or name with its step ({@code q1.hidden}, {@code h^1_0}, {@code logits2}), its
 * quantity under its question's heading or at its step ({@code logits} under {@code Q3}, {@code
 * next token} after {@code h2 = …}, {@code hidden state} after {@code after reading BOS}), or, for
 * a question that asks for one item, text under that question's heading. Linear in the file: each
 * line is cut into words once, and runs of a few words are looked up by name.
 */
final class Traces {
  /** The most words one name runs over ({@code next token after BOS}). */
  private static final int MAX_NAME_WORDS = 5;

  private static final int MAX_NAME_CHARS = 48;

  /**
   * The most words after a one-item question's heading that may be its answer ({@code \\textbf{2.}
   * BOS}, {@code Q2. the cat}); more is a title or a sentence.
   */
  private static final int MAX_HEADING_ANSWER = 3;

  /**
   * Marks a word written right after the one before it, as part of one name (see {@link #words}).
   */
  static final String JOINED = "+";

  /** A verb saying what the model predicts names the prediction as its noun does. */
  private static final Map<String, String> VERBS =
      Map.of("predicts", "predict", "favours", "predict", "favors", "predict", "argmax", "predict");

  /**
   * Words before the token read at a step: {@code after reading BOS}, {@code the net reads BOS}.
   */
  private static final Set<String> READS = Set.of("after", "reads", "read", "reading");

  /** The quantities a one-letter name at a prompt may stand for by its initial. */
  private static final List<String> INITIALS = List.of("hidden", "logits");

  private Traces() {}

  /** Refuses, in {@code sink}, each asked item with a sign in {@code text} and no answer. */
  static void refuseUnread(String text, AnswerSink sink, KeyResolver keys) {
    refuseUnread(text, List.of(), sink, keys);
  }

  /**
   * As {@link #refuseUnread(String, AnswerSink, KeyResolver)}, where {@code code} gives for each
   * line of {@code text} the code that printed it (a notebook's output under its cell's code; empty
   * for other lines): the quantities a printed value's code names are signs of every item of theirs
   * ({@code vocab[logits.argmax()]} of both predictions), placed on its first printed line.
   */
  static void refuseUnread(String text, List<String> code, AnswerSink sink, KeyResolver keys) {
    List<KeyTarget> open = new ArrayList<>();
    boolean blanks = false;
    for (KeyTarget target : keys.targets()) {
      if (!sink.hasAnswer(target.key())) {
        open.add(target);
      } else {
        blanks |= sink.onlyBlank(target.key()).isPresent();
      }
    }
    if (open.isEmpty() && !blanks) {
      return;
    }
    int[] starts = Lines.starts(text);
    // What each line's values are: the answers the reader read there (before this net refuses
    // anything), and the items each line names. What they hold is theirs, never an unnamed item's.
    UnplacedValues.Claims claims = new UnplacedValues.Claims(starts.length, keys);
    readLines(sink, keys, claims);
    Map<KeyTarget, Integer> named = new LinkedHashMap<>();
    Map<KeyTarget, Integer> underHeading = new LinkedHashMap<>();
    // The question whose block each line is in (null before any heading).
    String[] blocks = new String[starts.length];
    String question = null;
    int step = 0;
    boolean headingAlone = false;
    Set<KeyTarget> commanded = Set.of();
    // Whether the last command printed a name alone (">>> h1", ">>> L"), so that what it prints is
    // that item's, not a computation from it (">>> h1 @ V").
    boolean printsName = false;
    for (int i = 0; i < starts.length; i++) {
      String line = Lines.line(text, starts, i);
      if (line.length() > Limits.MAX_ANSWER_CHARS) {
        // Signs are looked for where an answer can be: a line longer than any answer can take is
        // looked at as far as one answer reaches (a megabyte on one line took seconds in the page).
        line = line.substring(0, Limits.MAX_ANSWER_CHARS);
      }
      Optional<String> heading = Headings.question(line);
      String content = line;
      boolean afterHeading = headingAlone;
      if (heading.isPresent() && asksQuestion(keys, heading.get())) {
        question = heading.get();
        step = 0;
        content = Headings.after(line).orElse("");
      }
      blocks[i] = question;
      String printedBy = i < code.size() ? code.get(i) : "";
      if (!printedBy.isEmpty()
          && (i == 0 || !printedBy.equals(code.get(i - 1)))
          && !Clean.isBlank(line)) {
        for (String codeLine : printedBy.split("\n", -1)) {
          for (KeyTarget target : quantitiesOn(codeLine, keys)) {
            named.putIfAbsent(target, i + 1);
          }
        }
      }
      LineNames names = new LineNames(words(line), keys);
      claims.names(i, names);
      List<String> words = names.words;
      if (UnplacedValues.isCommand(line)) {
        int last = line.lastIndexOf(';');
        String printed = last >= 0 ? line.substring(last + 1) : "";
        // "In [4]: h2 = f(h1); h2" prints what follows its last semicolon.
        LineNames shown = Clean.isBlank(printed) ? names : new LineNames(words(printed), keys);
        commanded = commandSigns(shown, keys);
        printsName = isOneName(shown.words);
        continue;
      }
      if (words.isEmpty()) {
        continue;
      }
      for (KeyTarget target : commanded) {
        // What a command names is a sign of its items on the first line it prints.
        if (named.putIfAbsent(target, i + 1) == null && printsName) {
          claims.named(i + 1, isPrediction(target));
        }
      }
      commanded = Set.of();
      headingAlone = heading.isPresent() && content.isEmpty();
      int stepHeading = stepHeading(words);
      if (stepHeading > 0) {
        step = stepHeading;
      }
      boolean lineValued = valued(line);
      boolean valued = lineValued || (!line.strip().endsWith("?") && saysToken(words, keys));
      Set<KeyTarget> signs = names.signs(question, step, valued, false);
      int stepNamed = 0;
      Set<KeyTarget> own = signs.isEmpty() ? signs : names.signs(null, 0, false, false);
      for (KeyTarget target : signs) {
        // The line an item is refused at holds its value, as does every line its own name is on;
        // a later sign of its quantity is no claim.
        if (named.putIfAbsent(target, i + 1) == null || own.contains(target)) {
          claims.named(i + 1, isPrediction(target));
        }
        claims.signed(i + 1);
        int at = target.step().orElse(0);
        stepNamed = stepNamed == 0 || stepNamed == at ? at : -1;
      }
      if (stepNamed > 0) {
        step = stepNamed;
      }
      List<String> said = content.equals(line) ? words : words(content);
      if (question != null
          && !said.isEmpty()
          && ((content.equals(line) ? lineValued : valued(content))
              || ((afterHeading || (heading.isPresent() && question.equals(heading.get())))
                  && said.size() <= MAX_HEADING_ANSWER))) {
        List<KeyTarget> asked = inQuestion(keys, question);
        if (asked.size() == 1) {
          if (underHeading.putIfAbsent(asked.get(0), i + 1) == null) {
            claims.named(i + 1, isPrediction(asked.get(0)));
          }
        } else {
          List<KeyTarget> vectors = new ArrayList<>(asked.size());
          for (KeyTarget target : asked) {
            if (!isPrediction(target)) {
              vectors.add(target);
            }
          }
          if (vectors.size() > 1
              && vectors.stream().noneMatch(signs::contains)
              && vectors.size() == vectorsIn(content)) {
            // "Q1: (5, 4, 0) and (21, …)": as many unnamed vectors as the question asks for.
            for (KeyTarget target : vectors) {
              if (underHeading.putIfAbsent(target, i + 1) == null) {
                claims.named(i + 1, false);
              }
            }
          }
        }
      }
    }
    UnplacedValues values = null;
    List<KeyTarget> unnamed = new ArrayList<>();
    for (KeyTarget target : keys.targets()) {
      if (!sink.asks(target.key())) {
        continue;
      }
      boolean isOpen = open.contains(target);
      Integer line = isOpen ? named.getOrDefault(target, underHeading.get(target)) : null;
      if (line != null) {
        sink.refuseUnread(target.key(), Location.ofLine(sink.fileName(), line));
        continue;
      }
      Optional<Answer> blank = sink.onlyBlank(target.key());
      if (blank.isPresent() && blank.get().location().line().isPresent()) {
        // A label with nothing after it: what the lines below it hold may be its value.
        if (values == null) {
          values = new UnplacedValues(text, starts, keys, claims, blocks);
        }
        List<Integer> below = values.belowBlank(blank.get(), isPrediction(target));
        if (!below.isEmpty()) {
          List<String> quoted = new ArrayList<>(below.size());
          for (int at : below) {
            quoted.add(Lines.line(text, starts, at - 1));
          }
          sink.refuseBlank(target.key(), blank.get(), quoted, !code.isEmpty());
          continue;
        }
      }
      if (isOpen && (isPrediction(target) || target.entries().isPresent())) {
        unnamed.add(target);
      }
    }
    if (unnamed.isEmpty() || readByPath(sink)) {
      return;
    }
    // Nothing names these items, but the file may hold an answer of their shape that no rule read:
    // never "missing" then, but refused with that line quoted.
    if (values == null) {
      values = new UnplacedValues(text, starts, keys, claims, blocks);
    }
    for (KeyTarget target : unnamed) {
      int at = values.find(target, isPrediction(target));
      if (at == 0 && isPrediction(target)) {
        at = saysMorePredictions(text, starts, sink, keys);
      }
      if (at > 0) {
        sink.refuseUnplaced(target.key(), Location.ofLine(sink.fileName(), at));
      }
    }
  }

  /**
   * The first line (1-based) that says the model predicts more words than were read from it as
   * predictions ({@code …so the model predicts BOS because 21 is the largest value; … the favoured
   * next token is "is"} with only {@code is} read); 0 for none.
   */
  private static int saysMorePredictions(
      String text, int[] starts, AnswerSink sink, KeyResolver keys) {
    Map<Integer, Integer> read = new HashMap<>();
    for (Answer answer : sink.answers()) {
      if (isPrediction(answer.key(), keys) && answer.location().line().isPresent()) {
        read.merge(answer.location().line().getAsInt(), 1, Integer::sum);
      }
    }
    for (int i = 0; i < starts.length; i++) {
      if (PredictionSentence.said(Lines.line(text, starts, i), keys)
          > read.getOrDefault(i + 1, 0)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Whether the answers were read by JSON path: their lines are not known, so none is "unread". */
  private static boolean readByPath(AnswerSink sink) {
    for (Answer answer : sink.answers()) {
      if (answer.location().line().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Claims for {@code claims} the lines the reader read an answer to an asked item from (refused or
   * blank ones too): a vector's lines down to its last value, a word's first and last line (a YAML
   * key's parent line and its value's, not the lines between).
   */
  private static void readLines(AnswerSink sink, KeyResolver keys, UnplacedValues.Claims claims) {
    for (Answer answer : sink.answers()) {
      if (answer.location().line().isEmpty() || !answers(sink, keys, answer.key())) {
        continue;
      }
      int line = answer.location().line().getAsInt();
      String source = answer.location().text();
      int last = line;
      for (int k = 0; k < source.length(); k++) {
        if (source.charAt(k) == '\n') {
          last++;
        }
      }
      boolean isPrediction = isPrediction(answer.key(), keys);
      claims.readKey(answer.keyAsWritten());
      for (int at = line; at <= last; at++) {
        if (at == line || at == last || answer.values().size() > 1) {
          claims.read(at, isPrediction, at > line);
        }
      }
    }
  }

  /**
   * Whether {@code key} names an item the rubric asks, or the question of a one-item question whose
   * item takes a value ({@code q2,BOS}; not a diagram graded by hand, as {@code 0 = [5 4 0]} is no
   * answer to question 0).
   */
  private static boolean answers(AnswerSink sink, KeyResolver keys, AnswerKey key) {
    if (!key.isQuestionOnly()) {
      return sink.asks(key);
    }
    List<KeyTarget> items = inQuestion(keys, key.question());
    return items.size() == 1 && (isPrediction(items.get(0)) || items.get(0).entries().isPresent());
  }

  private static boolean isPrediction(AnswerKey key, KeyResolver keys) {
    for (KeyTarget target : keys.targets()) {
      if (target.question().equals(key.question())
          && (key.isQuestionOnly() || target.item().equals(key.item()))) {
        return isPrediction(target);
      }
    }
    return KeyWords.isPrediction(key.item());
  }

  /**
   * The items a command typed at a prompt names ({@code >>> h1}, {@code In [9]: logits1.argmax()},
   * R's {@code > which.max(o1)}): by their own names, and by a quantity's name at the step the
   * command's own names say (the prediction of step 1 for {@code argmax(o1)}), or at any step when
   * they say none ({@code >>> H} printing both steps' states).
   */
  private static Set<KeyTarget> commandSigns(LineNames names, KeyResolver keys) {
    List<String> words = names.words;
    if (words.size() == 1 && words.get(0).length() == 1) {
      // >>> H, >>> L: a one-letter name, the initial of a quantity, printing it at every step.
      Set<KeyTarget> found = new LinkedHashSet<>();
      for (String quantity : INITIALS) {
        if (quantity.charAt(0) == words.get(0).charAt(0)) {
          found.addAll(keys.quantity(quantity));
        }
      }
      return found;
    }
    int step = 0;
    for (KeyTarget target : names.signs(null, 0, false, false)) {
      int at = target.step().orElse(0);
      step = step == 0 || step == at ? at : -1;
    }
    Set<KeyTarget> found =
        step > 0 ? names.signs(null, step, true, false) : names.signs(null, 0, true, step == 0);
    if (words.stream().anyMatch(word -> plain(word).equals("predict"))) {
      // argmax(logits1) prints the prediction (or its index), not the logits it names.
      found.removeIf(target -> !isPrediction(target));
    }
    return found;
  }

  private static boolean isPrediction(KeyTarget target) {
    return KeyWords.isPrediction(target.item());
  }

  /** How many bracketed groups of numbers {@code line} holds ({@code (5, 4, 0) and [21, 8]}). */
  private static int vectorsIn(String line) {
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '(' || c == '[') {
        int next = i + 1;
        while (next < line.length() && line.charAt(next) == ' ') {
          next++;
        }
        if (next < line.length()
            && (Character.isDigit(line.charAt(next)) || "-−".indexOf(line.charAt(next)) >= 0)) {
          count++;
        }
      }
    }
    return count;
  }

  /** The items whose quantities {@code line} speaks of, at any step ({@code 1,hidden,2,4}). */
  static Set<KeyTarget> quantitiesOn(String line, KeyResolver keys) {
    return new LineNames(words(line), keys).signs(null, 0, true, true);
  }

  /** Whether {@code words} are one name ({@code h1}, {@code L}, {@code logits_2}). */
  private static boolean isOneName(List<String> words) {
    for (int i = 1; i < words.size(); i++) {
      if (!joined(words.get(i))) {
        return false;
      }
    }
    return !words.isEmpty();
  }

  /** {@code N} for a line that starts a step's block ({@code Step 1 (read BOS)}); else 0. */
  private static int stepHeading(List<String> words) {
    if (words.size() < 2 || !words.get(0).equals("step")) {
      return 0;
    }
    String number = plain(words.get(1));
    return number.length() <= 3 && number.chars().allMatch(Character::isDigit)
        ? Integer.parseInt(number)
        : 0;
  }

  /**
   * Whether the line names the prediction and a word of the vocabulary after it ({@code the favored
   * next token is "is"}, {@code The model predicts BOS.}): a sign of the prediction as a value is
   * of a vector's quantity.
   */
  static boolean saysToken(List<String> words, KeyResolver keys) {
    boolean named = false;
    for (String word : words) {
      String plain = plain(word);
      if (named && (keys.wordIndex(plain) >= 0 || !keys.stepsReading(plain).isEmpty())) {
        return true;
      }
      named |= KeyWords.canonical(plain).equals("prediction");
    }
    return false;
  }

  /**
   * One line's words and the names in them, worked out once: the net asks of a line which items it
   * names at the question and step around it, by their own names only, and at any step (for a value
   * no rule placed).
   */
  static final class LineNames {
    final List<String> words;

    private final KeyResolver keys;

    /** The items of each own name ({@code q1.hidden}, {@code h^1}), in the line's order. */
    private final List<Set<KeyTarget>> own = new ArrayList<>(1);

    /** Per word: whether it is within an own name. */
    private final boolean[] named;

    /** The step a word after {@code after}/{@code reads} says ({@code after reading BOS}), or 0. */
    private final int lineStep;

    /** The step the line's own names give ({@code Hidden state: h^(2)}), 0 for none, -1 for two. */
    private final int ownStep;

    /**
     * The items of each quantity's name of one or two words outside the own names, in the line's
     * order; looked up when first asked (most lines are asked only for their own names).
     */
    private List<Set<KeyTarget>> quantities;

    LineNames(List<String> words, KeyResolver keys) {
      this.words = words;
      this.keys = keys;
      int readStep = 0;
      for (int i = 0; i + 1 < words.size(); i++) {
        if (READS.contains(plain(words.get(i)))) {
          int next = i + 1;
          while (next + 1 < words.size()
              && (plain(words.get(next)).equals("reading")
                  || plain(words.get(next)).equals("in"))) {
            next++;
          }
          List<Integer> steps = keys.stepsReading(plain(words.get(next)));
          readStep = steps.size() == 1 ? steps.get(0) : readStep;
        }
      }
      lineStep = readStep;
      named = new boolean[words.size()];
      int step = 0;
      for (int i = 0; i < words.size(); i++) {
        if (named[i]) {
          // Within a name already read: q1.hidden[2] is q1's hidden, not the hidden state at step
          // 2.
          continue;
        }
        StringBuilder name = new StringBuilder();
        for (int n = 0;
            n < MAX_NAME_WORDS && i + n < words.size() && (n == 0 || joined(words.get(i + n)));
            n++) {
          name.append(plain(words.get(i + n)));
          if (name.length() > MAX_NAME_CHARS || !keys.startsOwnName(name.toString())) {
            // No longer name starts with this one: the page ran every word of a line of matrix
            // junk through five lookups.
            break;
          }
          Set<KeyTarget> items = keys.ownName(name.toString());
          if (!items.isEmpty()) {
            own.add(items);
            for (KeyTarget target : items) {
              int at = target.step().orElse(0);
              step = step == 0 || step == at ? at : -1;
            }
            java.util.Arrays.fill(named, i, i + n + 1, true);
          }
        }
      }
      ownStep = step;
    }

    /**
     * The items the line names, given the question and step around: by their own names, and by a
     * quantity's name when {@code valued} (the line holds a value), at the step the line says, or
     * at any step when {@code anyStep}.
     */
    Set<KeyTarget> signs(String question, int step, boolean valued, boolean anyStep) {
      Set<KeyTarget> found = new LinkedHashSet<>();
      for (Set<KeyTarget> items : own) {
        found.addAll(items);
        for (KeyTarget target : items) {
          if (question != null && !target.question().equals(question)) {
            // h1 under Q3 (time from 0?): a sign of Q3's hidden state too.
            found.addAll(quantityAt(keys.quantity(KeyWords.squash(target.item())), question, 0));
          }
        }
      }
      if (valued) {
        int at = lineStep > 0 ? lineStep : ownStep > 0 ? ownStep : step;
        for (Set<KeyTarget> items : quantities()) {
          found.addAll(anyStep ? items : quantityAt(items, question, at));
        }
      }
      return found;
    }

    private List<Set<KeyTarget>> quantities() {
      if (quantities == null) {
        quantities = new ArrayList<>(1);
        for (int i = 0; i < words.size(); i++) {
          if (named[i]) {
            continue;
          }
          // A word, and it with the word joined to it ("hidden" + "state").
          String name = plain(words.get(i));
          addQuantity(name);
          if (i + 1 < words.size() && !named[i + 1] && joined(words.get(i + 1))) {
            addQuantity(name + plain(words.get(i + 1)));
          }
        }
      }
      return quantities;
    }

    private void addQuantity(String name) {
      Set<KeyTarget> items = keys.quantity(name);
      if (!items.isEmpty()) {
        quantities.add(items);
      }
    }
  }

  private static boolean joined(String word) {
    return word.startsWith(JOINED);
  }

  private static String plain(String word) {
    return joined(word) ? word.substring(JOINED.length()) : word;
  }

  /**
   * Whether {@code line} holds what may be a value: a digit, or a {@code =} or {@code :} with text
   * after it.
   */
  private static boolean valued(String line) {
    int last = line.length() - 1;
    while (last >= 0 && Clean.isBlank(line.substring(last, last + 1))) {
      last--;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isDigit(c) || ((c == '=' || c == ':') && i < last)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Of the items a quantity's name may be, the one in {@code question} (when under a heading), else
   * the one at {@code step}; none when neither says which.
   */
  private static List<KeyTarget> quantityAt(Set<KeyTarget> items, String question, int step) {
    List<KeyTarget> found = new ArrayList<>(1);
    for (KeyTarget target : items) {
      boolean fits =
          question != null
              ? target.question().equals(question)
              : step > 0 && target.step().isPresent() && target.step().getAsInt() == step;
      if (fits) {
        found.add(target);
      }
    }
    return found.size() == 1 ? found : List.of();
  }

  private static boolean asksQuestion(KeyResolver keys, String question) {
    return !inQuestion(keys, question).isEmpty();
  }

  private static List<KeyTarget> inQuestion(KeyResolver keys, String question) {
    List<KeyTarget> items = new ArrayList<>(2);
    for (KeyTarget target : keys.targets()) {
      if (target.question().equals(question)) {
        items.add(target);
      }
    }
    return items;
  }

  /**
   * The line's words, squashed: runs of letters, and runs of digits, each a word of its own. A word
   * joined to the one before it by nothing or by the marks of a name ({@code h_1}, {@code h^{(1)}},
   * {@code q1.hidden}, {@code h 1}) starts with {@link #JOINED}, so a name runs over only such
   * words; a value after a colon or a comma starts a name of its own.
   */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int previousEnd = -1;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (!KeyWords.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      boolean digit = KeyWords.isDigit(c);
      int end = i;
      while (end < line.length()
          && KeyWords.isLetterOrDigit(line.charAt(end))
          && KeyWords.isDigit(line.charAt(end)) == digit) {
        end++;
      }
      boolean joined = previousEnd >= 0 && i - previousEnd <= 4;
      for (int j = previousEnd; joined && j < i; j++) {
        joined = j < 0 || "_^.{}()[] -".indexOf(line.charAt(j)) >= 0;
      }
      // Digits are their own squashed form.
      String word = digit ? line.substring(i, end) : KeyWords.squash(line.substring(i, end));
      // The word before, without its mark, only where it matters: a copy per word cost in the page.
      String before = words.isEmpty() ? "" : words.get(words.size() - 1);
      if (word.equals("y") && plain(before).equals("hat")) {
        // \hat y, \hat{y}: the handout's notation for the prediction.
        words.set(words.size() - 1, "prediction");
      } else if (word.equals("max") && plain(before).equals("which")) {
        // R's which.max: the arg max, as argmax is.
        words.set(words.size() - 1, "predict");
      } else if (digit && joined && before.endsWith("out") && plain(before).equals("out")) {
        // out0, out1: the output at a step (the word "out" alone is no name).
        words.set(words.size() - 1, before.replace("out", "output"));
        words.add(JOINED + word);
      } else {
        String said = digit ? word : VERBS.getOrDefault(word, word);
        words.add(joined ? JOINED + said : said);
      }
      previousEnd = end;
      i = end;
    }
    return words;
  }
}
