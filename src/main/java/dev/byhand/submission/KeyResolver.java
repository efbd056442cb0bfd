package dev.byhand.submission;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a key as a student wrote it to the rubric item it names, from the rubric's own items:
 * {@code q1.hidden} and its spellings, {@code <quantity><step>} ({@code h1}, {@code y_2}, a
 * rubric's own {@code dW1}), {@code logits after BOS}, {@code hidden at step 2}, letter numbering
 * ({@code 1a} is the first item of q1) and descriptions ({@code Q1 (output logits)}). A key that
 * fits two items equally well is {@link KeyResolution.Ambiguous}, never guessed. Immutable and
 * thread-safe.
 */
public final class KeyResolver {
  /** Reads keys by syntax alone, with the handout's synonyms: for reading without a rubric. */
  public static final KeyResolver SYNTAX_ONLY = new KeyResolver(List.of(), List.of(), List.of());

  private static final int MAX_CHARS = 200;
  private static final int MAX_WORDS = 8;
  private static final Pattern PREFIXED =
      Pattern.compile(KeySyntax.QUESTION_WORDS + "?\\s*\\.?\\s*0*(\\d{1,6})(.*)");
  private static final Pattern LETTER = Pattern.compile("\\(?([a-z])\\)?[.)]?");
  private static final Pattern SYMBOL_STEP = Pattern.compile("([a-z]+?)(\\d{1,6})");
  private static final Pattern LATEX_COMMAND = Pattern.compile("\\\\[a-z]+");
  private static final Pattern TRAILING_SIGN = Pattern.compile("[\\s:=]+$");
  private static final Pattern PRODUCT_FACTORS = Pattern.compile("[\\s\u00b7*\u00d7\u22c5]+");

  /** ŷ, {@code \hat{y}}, {@code \hat y}: the name the handout's notation gives the prediction. */
  private static final Pattern Y_HAT = Pattern.compile("\\\\hat\\s*\\{?\\s*y\\s*\\}?");

  private static final Pattern WORDS = Pattern.compile("[\\s,;:()\\[\\]\"'<>=]+");
  private static final Pattern AT_STEP =
      Pattern.compile("\\b(?:at\\s+)?(?:time\\s*step|timestep|step|t\\s*=)\\s*(\\d{1,6})\\b");
  private static final Pattern VALUE_AFTER_COLON =
      Pattern.compile(":\\s*[-+.\\d\u2212]|[\\p{L})\\]\"'\u2019\u201d]\\s*:\\s*\\S");
  private static final Pattern NUMBER_WORD =
      Pattern.compile("(?<![\\w.])[-+\u2212]?\\d+(?:\\.\\d*)?(?![\\w.])");

  /** {@code h[t=1]}, {@code y_{t=2}}, {@code h(t=1)}: a step written as an index. */
  private static final Pattern STEP_INDEX =
      Pattern.compile("[\\[({]\\s{0,3}t\\s{0,3}=\\s{0,3}(\\d{1,6})\\s{0,3}[\\])}]");

  private static final Pattern AFTER =
      Pattern.compile("\\bafter\\s+(?:reading\\s+)?(?:in\\s+)?(\\S+)");

  private final List<KeyTarget> targets;
  private final Set<AnswerKey> keys;
  private final Map<String, List<KeyTarget>> byQuestionNumber = new HashMap<>();
  private final Map<KeyTarget, Set<String>> names = new HashMap<>();
  private final Map<KeyTarget, Set<String>> aliases = new HashMap<>();
  private final List<String> sentence;

  /**
   * An item's key, alias or name with its step, squashed ({@code q1hidden}, {@code h01}, {@code
   * logits2}).
   */
  private final Map<String, Set<KeyTarget>> ownNames = new HashMap<>();

  /** Every prefix of every key of {@link #ownNames}: a name that starts none can grow into none. */
  private final Set<String> ownNamePrefixes = new HashSet<>();

  /** A quantity's name without a step ({@code logits}, {@code nexttoken}): every item it may be. */
  private final Map<String, Set<KeyTarget>> quantityNames = new HashMap<>();

  /** The rubric's vocabulary, squashed, by token id: a logit's column may be named by its word. */
  private final List<String> vocabulary;

  private KeyResolver(List<KeyTarget> targets, List<String> sentence, List<String> vocabulary) {
    this.targets = List.copyOf(targets);
    this.sentence = sentence.stream().map(KeyWords::squash).toList();
    this.vocabulary = vocabulary.stream().map(KeyWords::squash).toList();
    this.keys = Set.copyOf(this.targets.stream().map(KeyTarget::key).toList());
    for (KeyTarget target : this.targets) {
      byQuestionNumber
          .computeIfAbsent(questionNumber(target.question()), q -> new ArrayList<>())
          .add(target);
      names.put(target, namesOf(target));
      aliases.put(target, Set.copyOf(target.aliases().stream().map(KeyWords::squash).toList()));
      String question = KeyWords.squash(target.question());
      for (String name : names.get(target)) {
        ownNames.computeIfAbsent(question + name, n -> new LinkedHashSet<>()).add(target);
        quantityNames.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(target);
        target
            .step()
            .ifPresent(
                step ->
                    ownNames.computeIfAbsent(name + step, n -> new LinkedHashSet<>()).add(target));
      }
      ownNames
          .computeIfAbsent(question + KeyWords.squash(target.item()), n -> new LinkedHashSet<>())
          .add(target);
      for (String alias : aliases.get(target)) {
        ownNames.computeIfAbsent(alias, n -> new LinkedHashSet<>()).add(target);
      }
    }
    for (String name : ownNames.keySet()) {
      for (int end = 1; end <= name.length(); end++) {
        ownNamePrefixes.add(name.substring(0, end));
      }
    }
  }

  /** The rubric's items, in its order; empty when reading without a rubric. */
  List<KeyTarget> targets() {
    return targets;
  }

  /**
   * The items {@code name} (squashed) names by itself: their key ({@code q1hidden}), an alias
   * ({@code h01}) or a quantity with its step ({@code logits2}); empty for any other word.
   */
  Set<KeyTarget> ownName(String name) {
    return ownNames.getOrDefault(name, Set.of());
  }

  /**
   * Whether {@code prefix} (squashed) starts some item's own name ({@link #ownName}): a name read
   * word by word stops growing where it does not ({@code begin} of {@code \begin{bmatrix}}).
   */
  boolean startsOwnName(String prefix) {
    return ownNamePrefixes.contains(prefix);
  }

  /** The items whose quantity {@code name} (squashed) is, at any step ({@code logits}). */
  Set<KeyTarget> quantity(String name) {
    return quantityNames.getOrDefault(name, Set.of());
  }

  /** The steps at which the sentence reads {@code word} (squashed), from 1: {@code the} → 2. */
  List<Integer> stepsReading(String word) {
    List<Integer> steps = new ArrayList<>(1);
    for (int i = 0; i < sentence.size(); i++) {
      if (sentence.get(i).equals(word)) {
        steps.add(i + 1);
      }
    }
    return steps;
  }

  /**
   * A resolver for these items; {@code sentence} is the words read at steps 1, 2, … (for {@code
   * logits after BOS}), empty for a rubric without a sentence.
   */
  public static KeyResolver of(List<KeyTarget> targets, List<String> sentence) {
    return of(targets, sentence, List.of());
  }

  /** As {@link #of(List, List)}, knowing the rubric's vocabulary by token id. */
  public static KeyResolver of(
      List<KeyTarget> targets, List<String> sentence, List<String> vocabulary) {
    return new KeyResolver(
        requireNonNull(targets, "targets"),
        requireNonNull(sentence, "sentence"),
        requireNonNull(vocabulary, "vocabulary"));
  }

  /** The token id of {@code word} in the rubric's vocabulary, or -1 when it is not one. */
  int wordIndex(String word) {
    return vocabulary.indexOf(KeyWords.squash(word));
  }

  /**
   * The logits at the step of the prediction {@code key} ({@code q1.logits} for {@code
   * q2.prediction}): what the handout's {@code ŷ} names when a vector is written after it ({@code
   * ŷ₁ = h₁V = [21, …]}), the output, not the token it predicts; empty when {@code key} is no
   * prediction or no logits are asked at its step.
   */
  Optional<AnswerKey> logitsBeside(AnswerKey key) {
    OptionalInt step = OptionalInt.empty();
    for (KeyTarget target : targets) {
      if (target.key().equals(key) && KeyWords.isPrediction(target.item())) {
        step = target.step();
      }
    }
    if (step.isEmpty()) {
      return Optional.empty();
    }
    for (KeyTarget target : targets) {
      if (target.step().equals(step)
          && KeyWords.canonical(KeyWords.squash(target.item())).equals("logits")) {
        return Optional.of(target.key());
      }
    }
    return Optional.empty();
  }

  /** Whether the rubric asks for {@code key}; without a rubric, every key may be asked. */
  boolean asks(AnswerKey key) {
    return targets.isEmpty() || keys.contains(key);
  }

  /**
   * Whether {@code key} is an item this resolver knows by name: the rubric's, or without a rubric
   * one of the handout's ({@code q3.hiden} is a misspelling, not an item).
   */
  boolean knows(AnswerKey key) {
    return targets.isEmpty() ? KeyWords.isKnown(key.item()) : keys.contains(key);
  }

  /** What {@code raw} names; never null. */
  KeyResolution resolve(String raw) {
    if (raw.length() > MAX_CHARS || raw.indexOf('\u2192') >= 0) {
      // No key holds an arrow: "tahmin → BOS" is a label and its value.
      return new KeyResolution.None();
    }
    if (appliesAFunction(raw) || isProduct(raw)) {
      return new KeyResolution.None();
    }
    Optional<AnswerKey> canonical = KeySyntax.canonical(raw);
    if (canonical.isPresent() && (keys.isEmpty() || keys.contains(canonical.get()))) {
      return new KeyResolution.Found(canonical.get());
    }
    for (KeyTarget target : targets) {
      // The key exactly as the template writes it (q2.A) names its item, whatever its case: a
      // one-letter item is not read as letter numbering (q2's first item) then.
      if (raw.strip().equals(target.question() + "." + target.item())) {
        return new KeyResolution.Found(target.key());
      }
    }
    String plain = plain(raw);
    if (!targets.isEmpty() && looksLikeKey(plain)) {
      KeyResolution fromRubric = fromRubric(plain);
      if (!(fromRubric instanceof KeyResolution.None)) {
        return fromRubric;
      }
    }
    return KeySyntax.parse(raw)
        .<KeyResolution>map(KeyResolution.Found::new)
        .orElse(new KeyResolution.None());
  }

  /**
   * Whether {@code raw} is a function of a quantity ({@code softmax(logits1)}, {@code
   * argmax(o_1)}): it labels the function's value, not the quantity's. A word right before the
   * bracket that is itself a name ({@code h(1)}, {@code logits(t=1)}) is no function.
   */
  private boolean appliesAFunction(String raw) {
    String text = TRAILING_SIGN.matcher(raw).replaceFirst("");
    int open = text.indexOf('(');
    if (open < 0 || !text.endsWith(")") || text.indexOf('=') >= 0 || text.indexOf(':') >= 0) {
      // Only a label that is a function's value, whole: not a line holding a call somewhere.
      return false;
    }
    int start = open;
    while (start > 0 && KeyWords.isLetter(text.charAt(start - 1))) {
      start--;
    }
    if (open - start < 2 || (start > 0 && KeyWords.isLetterOrDigit(text.charAt(start - 1)))) {
      return false;
    }
    if (isName(KeyWords.squash(text.substring(start, open)))) {
      return false;
    }
    int close = text.indexOf(')', open);
    String inside = text.substring(open + 1, close < 0 ? text.length() : close);
    return words(inside, KeyWords.squash(inside)).stream().anyMatch(this::isName);
  }

  /**
   * Whether {@code raw} is a quantity times a matrix ({@code h1 W}, {@code with W h1}, {@code h_1 ·
   * V}): working that labels the product, not the quantity. The matrix is one capital letter beside
   * the name, and nothing before them names a quantity ({@code the output is h·V} labels the
   * output).
   */
  private boolean isProduct(String raw) {
    if (!hasLoneCapital(raw)) {
      // Most labels hold no matrix's letter: the split below is not worth making for them.
      return false;
    }
    List<String> tokens = new ArrayList<>();
    for (String token : PRODUCT_FACTORS.split(TRAILING_SIGN.matcher(raw).replaceFirst(""))) {
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    int n = tokens.size();
    if (n < 2) {
      return false;
    }
    String a = tokens.get(n - 2);
    String b = tokens.get(n - 1);
    boolean product =
        isMatrix(b) && isName(KeyWords.squash(a)) || isMatrix(a) && isName(KeyWords.squash(b));
    for (int k = 0; product && k < n - 2; k++) {
      product = !isName(KeyWords.squash(tokens.get(k)));
    }
    return product;
  }

  /** Whether {@code text} holds a capital letter standing alone ({@code W} in {@code h1 W}). */
  private static boolean hasLoneCapital(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A'
          && c <= 'Z'
          && (i == 0 || !KeyWords.isLetterOrDigit(text.charAt(i - 1)))
          && (i + 1 == text.length() || !KeyWords.isLetterOrDigit(text.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code token} is a matrix's name as the handout writes it: one capital letter. */
  static boolean isMatrix(String token) {
    return token.length() == 1 && token.charAt(0) >= 'A' && token.charAt(0) <= 'Z';
  }

  /** Whether {@code word} (squashed) names an item: its quantity, or a quantity and its step. */
  private boolean isName(String word) {
    return quantityNames.containsKey(word)
        || !ownName(word).isEmpty()
        || targets.stream().anyMatch(t -> isStepForm(t, word));
  }

  /**
   * Whether {@code text} could be a key alone, not a key with its values ({@code h1 = [5}, {@code
   * Q1 hidden: 5 4 0}): those are split by the reader first, and must not resolve whole.
   */
  private static boolean looksLikeKey(String text) {
    if (text.indexOf('=') >= 0
        || text.indexOf('[') >= 0
        || VALUE_AFTER_COLON.matcher(text).find()) {
      return false;
    }
    if (WORDS.split(text).length > MAX_WORDS) {
      // A sentence is prose, not a key: "the prediction for the next token is the arg max …".
      return false;
    }
    Matcher numbers = NUMBER_WORD.matcher(text);
    int count = 0;
    while (numbers.find()) {
      count++;
    }
    return count < 2;
  }

  private KeyResolution fromRubric(String text) {
    Matcher prefixed = PREFIXED.matcher(text);
    if (prefixed.matches() && byQuestionNumber.containsKey(prefixed.group(1))) {
      String rest = prefixed.group(2).replaceFirst("^[\\s._:/\\\\-]+", "");
      return rest.isEmpty()
          ? new KeyResolution.None()
          : inQuestion(byQuestionNumber.get(prefixed.group(1)), rest);
    }
    return anywhere(text);
  }

  /** {@code hidden}, {@code (b)}, {@code (output logits)}, {@code h1} within one question. */
  private KeyResolution inQuestion(List<KeyTarget> question, String rest) {
    String squashed = KeyWords.squash(rest);
    Set<KeyTarget> found = new LinkedHashSet<>();
    for (KeyTarget target : question) {
      if (KeyWords.squash(target.item()).equals(squashed)
          || aliases.get(target).contains(squashed)) {
        found.add(target);
      }
    }
    Matcher letter = LETTER.matcher(rest.strip());
    if (letter.matches()) {
      int position = letter.group(1).charAt(0) - 'a' + 1;
      question.stream().filter(t -> t.position() == position).forEach(found::add);
    }
    if (found.isEmpty()) {
      for (String word : words(rest, squashed)) {
        question.stream()
            .filter(t -> names.get(t).contains(word) || isStepForm(t, word))
            .forEach(found::add);
      }
    }
    return of(found);
  }

  /** A key without a question: an item's own name, its label, or a quantity and a step. */
  private KeyResolution anywhere(String text) {
    String squashed = KeyWords.squash(text);
    if (squashed.isEmpty()) {
      return new KeyResolution.None();
    }
    Set<KeyTarget> found = new LinkedHashSet<>();
    for (KeyTarget target : targets) {
      if (KeyWords.squash(target.item()).equals(squashed)
          || KeyWords.squash(target.label()).equals(squashed)
          || aliases.get(target).contains(squashed)
          || isStepForm(target, squashed)) {
        found.add(target);
      }
    }
    found.addAll(phrased(text));
    if (found.isEmpty()) {
      // "hidden state h1", "h1 (hidden)": a word that is a quantity and its step.
      for (String word : words(text, squashed)) {
        targets.stream().filter(t -> isStepForm(t, word)).forEach(found::add);
      }
    }
    return of(found);
  }

  /** {@code logits after BOS}, {@code hidden state at step 2}: a quantity and a step in words. */
  private Set<KeyTarget> phrased(String text) {
    Set<Integer> steps = new HashSet<>();
    String rest = text;
    Matcher at = AT_STEP.matcher(text);
    if (at.find()) {
      steps.add(Integer.parseInt(at.group(1)));
      rest = text.substring(0, at.start()) + " " + text.substring(at.end());
    }
    Matcher after = AFTER.matcher(rest);
    if (steps.isEmpty() && after.find()) {
      String word = KeyWords.squash(after.group(1));
      for (int i = 0; i < sentence.size(); i++) {
        if (sentence.get(i).equals(word)) {
          steps.add(i + 1);
        }
      }
      // "hidden state after BOS" and "after reading BOS the new hidden state": the quantity is
      // named before the step's word or after it.
      rest = rest.substring(0, after.start()) + " " + rest.substring(after.end());
    }
    Set<KeyTarget> found = new LinkedHashSet<>();
    if (steps.isEmpty()) {
      return found;
    }
    List<String> words = words(rest, KeyWords.squash(rest));
    for (KeyTarget target : targets) {
      if (target.step().isPresent()
          && steps.contains(target.step().getAsInt())
          && words.stream().anyMatch(names.get(target)::contains)) {
        found.add(target);
      }
    }
    return found;
  }

  /**
   * Whether {@code raw} labels, at step 0, an item that exists only from step 1 on ({@code y0},
   * {@code pred0}, {@code logits[t=0]}): the sign of a write-up that numbers time from 0. The
   * hidden state at step 0 ({@code h0}) is the handout's initial state, so it is no such sign.
   */
  boolean labelsStepZero(String raw) {
    if (targets.isEmpty() || raw.length() > MAX_CHARS) {
      return false;
    }
    String plain = plain(raw);
    if (plain.indexOf('0') < 0) {
      // Step 0 is written with a 0: most labels need no search (each costs in the page).
      return false;
    }
    Matcher at = AT_STEP.matcher(plain);
    String name;
    if (at.find()) {
      if (Integer.parseInt(at.group(1)) != 0) {
        return false;
      }
      name = KeyWords.squash(plain.substring(0, at.start()));
    } else {
      Matcher step = SYMBOL_STEP.matcher(KeyWords.squash(plain));
      if (!step.matches() || Integer.parseInt(step.group(2)) != 0) {
        return false;
      }
      name = step.group(1);
    }
    for (KeyTarget target : targets) {
      Set<String> called = names.get(target);
      if (target.step().isPresent() && called.contains(name) && !called.contains("hidden")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code raw} names its item by a step ({@code h1}, {@code Q1: y_1}, {@code h[t=1]})
   * rather than by question and item ({@code q1.hidden}) or a word ({@code logits after BOS}).
   */
  static boolean namesAStep(String raw) {
    if (raw.length() > MAX_CHARS || KeySyntax.canonical(raw).isPresent()) {
      return false;
    }
    String plain = plain(raw);
    Matcher prefixed = PREFIXED.matcher(plain);
    String rest = prefixed.matches() ? prefixed.group(2) : plain;
    for (int i = 0; i < rest.length(); i++) {
      if (Character.isDigit(rest.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** {@code h1} for the hidden state at step 1: one of the item's names followed by its step. */
  private boolean isStepForm(KeyTarget target, String squashed) {
    if (target.step().isEmpty()
        || squashed.isEmpty()
        || squashed.charAt(squashed.length() - 1) < '0'
        || squashed.charAt(squashed.length() - 1) > '9') {
      // Without a final digit it cannot be a name and a step; this runs for every item and word.
      return false;
    }
    Matcher m = SYMBOL_STEP.matcher(squashed);
    return m.matches()
        && Integer.parseInt(m.group(2)) == target.step().getAsInt()
        && names.get(target).contains(m.group(1));
  }

  private static KeyResolution of(Set<KeyTarget> found) {
    if (found.isEmpty()) {
      return new KeyResolution.None();
    }
    List<AnswerKey> keys = found.stream().map(KeyTarget::key).toList();
    return keys.size() == 1
        ? new KeyResolution.Found(keys.get(0))
        : new KeyResolution.Ambiguous(keys);
  }

  /** The words of a description, each squashed, and the whole of it squashed. */
  private static List<String> words(String text, String squashed) {
    List<String> words = new ArrayList<>();
    for (String word : WORDS.split(text)) {
      String w = KeyWords.squash(word);
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    words.add(squashed);
    return words;
  }

  /** The names a target answers to: its own, the handout's synonyms, its label and its symbol. */
  private static Set<String> namesOf(KeyTarget target) {
    Set<String> all = new HashSet<>(KeyWords.wordsFor(target.item()));
    String label = KeyWords.lower(target.label()).replaceFirst("\\s+at step \\d+$", "").strip();
    int lastSpace = label.lastIndexOf(' ');
    Matcher symbol = SYMBOL_STEP.matcher(label.substring(lastSpace + 1));
    if (lastSpace > 0
        && symbol.matches()
        && target.step().isPresent()
        && Integer.parseInt(symbol.group(2)) == target.step().getAsInt()) {
      all.add(symbol.group(1));
      label = label.substring(0, lastSpace);
    }
    all.add(KeyWords.squash(label));
    all.remove("");
    return Set.copyOf(all);
  }

  /** {@code q1} → {@code 1}; an id without a number is matched by its own text. */
  private static String questionNumber(String id) {
    Matcher m = PREFIXED.matcher(KeyWords.lower(id));
    return m.matches() && m.group(2).isEmpty() ? String.valueOf(Integer.parseInt(m.group(1))) : id;
  }

  /** Lower case, without quotes, Markdown emphasis, LaTeX commands and a trailing : or =. */
  private static String plain(String raw) {
    String text = Clean.strip(Clean.normaliseSpaces(raw)).toLowerCase(Locale.ROOT);
    if (text.indexOf('=') >= 0) {
      text = STEP_INDEX.matcher(text).replaceAll(" step $1 ");
    }
    // ŷ as one character or as y and a combining circumflex; replaced outside the pattern, as
    // TeaVM's regular expressions treat combining marks differently from the JVM's.
    text = text.replace("y\u0302", " prediction ").replace("\u0177", " prediction ");
    text = subscriptDigits(text);
    // Each regular expression only where it can match: this runs for every label of every line,
    // and a matcher is costly in the page (TeaVM allocates its state anew each time).
    if (text.indexOf('\\') >= 0) {
      text = Y_HAT.matcher(text).replaceAll(" prediction ");
      text = LATEX_COMMAND.matcher(text).replaceAll(" ");
    }
    text =
        text.replace('$', ' ')
            .replace('*', ' ')
            .replace('`', ' ')
            .replace('{', ' ')
            .replace('}', ' ');
    char last = text.isEmpty() ? 'a' : text.charAt(text.length() - 1);
    if (last == ':' || last == '=' || Character.isWhitespace(last) || isLineTerminator(last)) {
      text = TRAILING_SIGN.matcher(text).replaceFirst("");
    }
    return text.strip();
  }

  /**
   * {@code ŷ₁} → {@code ŷ1}, {@code h₀¹} → {@code h01}: a subscript or superscript digit is a digit
   * of the name, as in {@code y1} or the handout's {@code h_0^1}; the same string without one.
   */
  static String subscriptDigits(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      int digit = smallDigit(text.charAt(i));
      if (digit >= 0) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, (char) ('0' + digit));
      }
    }
    return out == null ? text : out.toString();
  }

  /** The digit a subscript or superscript digit writes, or -1 for any other character. */
  private static int smallDigit(char c) {
    if (c >= '\u2080' && c <= '\u2089') {
      return c - '\u2080';
    }
    if (c == '\u2070' || (c >= '\u2074' && c <= '\u2079')) {
      return c - '\u2070';
    }
    return c == '\u00b9' ? 1 : c == '\u00b2' ? 2 : c == '\u00b3' ? 3 : -1;
  }

  /** What ends a line for a regular expression's {@code $}. */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
