package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line that labels several answers ({@code h = [5, 4, 0], logits = [21, 8, …]}) into one
 * piece per label, so that no value is read under its neighbour's label. A piece starts at the
 * line's start or after a comma, a semicolon or a full stop outside brackets, and its label is the
 * text up to the next {@code =} or {@code :}, which must name an item. Linear in the line.
 */
final class Segments {
  private static final int MAX_LABEL_CHARS = 64;

  /** Labels looked up per line at most: no line labels more answers, and lookups cost. */
  private static final int MAX_LABELS = 24;

  /** Words that join two labelled answers on one line as a comma does. */
  // Not Spanish "y": it is the handout's name for the logits ("h = [5, 4, 0], y = [21, …]").
  private static final List<String> CONJUNCTIONS = List.of("and", "und", "et");

  /**
   * Words that end a label as {@code =} does when a bracketed list follows them: {@code the hidden
   * state is (5, 4, 0) and the output is (21, …)}.
   */
  private static final List<String> COPULAS =
      List.of("is", "are", "becomes", "was", "were", "equals", "est", "ist", "es");

  /**
   * What a piece's label names, where the word ending it stands (-1 for a sign), and where the
   * label starts: the piece's start, or the name right before the sign when the text before that
   * name is prose ({@code El nuevo estado oculto es h1 = [5, 4, 0]}).
   */
  private record Label(KeyResolution key, int copulaStart, int copulaEnd, int start) {
    static Label none() {
      return new Label(new KeyResolution.None(), -1, -1, -1);
    }
  }

  private Segments() {}

  /**
   * The pieces of {@code line}, or an empty list when it labels fewer than two answers and none by
   * a name after prose.
   */
  static List<String> split(String line, AnswerSink sink) {
    List<Integer> starts = new ArrayList<>();
    List<Boolean> bare = new ArrayList<>();
    List<Label> labelled = new ArrayList<>();
    String question = null;
    int depth = 0;
    boolean boundary = true;
    int labels = 0;
    int next = 0;
    boolean named = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (boundary && depth == 0 && !Clean.isSpace(c)) {
        boundary = false;
        if (++labels > MAX_LABELS) {
          return List.of();
        }
        Label label = label(line, i, sink, question);
        if (label.key() instanceof KeyResolution.Found found && label.start() >= next) {
          // A label starts after the one before it and its copula, never inside them.
          next = Math.max(label.start() + 1, label.copulaEnd());
          starts.add(label.start());
          named |= label.start() > i;
          labelled.add(label);
          bare.add(!(label(line, i, sink, null).key() instanceof KeyResolution.Found));
          question = question == null ? found.key().question() : question;
        }
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        // "h1=[5,4,0] y1=[21, …]": a closing square bracket ends its vector; a label may follow a
        // space. A parenthesis or brace may close a call or a LaTeX argument inside working.
        boundary |=
            c == ']' && depth == 1 && i + 1 < line.length() && Clean.isSpace(line.charAt(i + 1));
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && (c == ',' || c == ';' || c == '|' || fullStop(line, i))) {
        boundary = true;
      } else if (depth == 0 && Clean.isSpace(c) && conjunction(line, i + 1) > 0) {
        // "h1 = [5, 4, 0] and logits = […]": the word joins two answers as a comma does.
        i += conjunction(line, i + 1);
        boundary = true;
      }
    }
    if (starts.size() < 2 && !named) {
      return List.of();
    }
    List<String> pieces = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int end = k + 1 < starts.size() ? starts.get(k + 1) : line.length();
      Label label = labelled.get(k);
      String piece =
          Clean.stripSpaces(
              label.copulaStart() < 0
                  ? line.substring(starts.get(k), end)
                  : line.substring(starts.get(k), label.copulaStart())
                      + ": "
                      + line.substring(label.copulaEnd(), end));
      while (piece.endsWith(",")
          || piece.endsWith(";")
          || piece.endsWith(".")
          || piece.endsWith("|")) {
        piece = Clean.stripSpaces(piece.substring(0, piece.length() - 1));
      }
      if (k + 1 < starts.size()) {
        piece = withoutConjunction(piece);
      }
      pieces.add(bare.get(k) ? question + " " + piece : piece);
    }
    return pieces;
  }

  /**
   * A full stop ending a sentence ({@code Hidden state: (5, 4, 0). Output: …}) ends a piece as a
   * comma does; a point after a digit may be a decimal point or a float print ({@code 21. 8.}).
   */
  private static boolean fullStop(String line, int i) {
    return line.charAt(i) == '.'
        && i > 0
        && !Character.isDigit(line.charAt(i - 1))
        && i + 1 < line.length()
        && Clean.isSpace(line.charAt(i + 1));
  }

  /**
   * The length of the joining word ({@code and}, French {@code et}, German {@code und}, Spanish
   * {@code y}) standing alone at {@code from}, followed by a space; 0 for anything else.
   */
  private static int conjunction(String line, int from) {
    if (from >= line.length() || "aeuAEU".indexOf(line.charAt(from)) < 0) {
      // Not the start of a joining word: most spaces, and a line of a megabyte of them.
      return 0;
    }
    for (String word : CONJUNCTIONS) {
      int end = from + word.length();
      if (end < line.length()
          && line.regionMatches(true, from, word, 0, word.length())
          && Clean.isSpace(line.charAt(end))) {
        return word.length();
      }
    }
    return 0;
  }

  /** A piece that ended where the next label starts, without the joining word before it. */
  private static String withoutConjunction(String piece) {
    int space = piece.length() - 1;
    while (space >= 0 && !Clean.isSpace(piece.charAt(space))) {
      space--;
    }
    if (space > 0 && conjunction(piece + " ", space + 1) == piece.length() - space - 1) {
      return Clean.stripSpaces(piece.substring(0, space));
    }
    return piece;
  }

  /**
   * What the text from {@code from} up to the next {@code =} or {@code :}, or up to a copula before
   * a bracketed list ({@code the output is (21, 8, …)}), names.
   */
  private static Label label(String line, int from, AnswerSink sink, String question) {
    int end = Math.min(line.length(), from + MAX_LABEL_CHARS);
    String questionOnly = null;
    for (int i = from; i < end; i++) {
      char c = line.charAt(i);
      if (Clean.isSpace(c) && i > from) {
        int copula = copula(line, i + 1);
        if (copula > 0) {
          KeyResolution key = resolve(line.substring(from, i), sink, question);
          if (key instanceof KeyResolution.Found) {
            return new Label(key, i, i + 1 + copula, from);
          }
        }
      }
      if (c == '(') {
        int close = notation(line, i, end);
        if (close < 0) {
          return Label.none();
        }
        i = close;
        continue;
      }
      if (c == ',' || c == ';' || c == '[' || fullStop(line, i)) {
        // A label ends no later than its sentence: "Q2: the model predicts BOS. Q3's token: is"
        // is Q2's sentence, then Q3's label.
        return c == '.' && questionOnly != null
            ? new Label(new KeyResolution.Found(new AnswerKey(questionOnly, "")), -1, -1, from)
            : Label.none();
      }
      if (c == '=' || c == ':') {
        String label = line.substring(from, i);
        KeyResolution key = sink.key(label);
        if (!(key instanceof KeyResolution.Found)) {
          Label named = nameBefore(line, from, i, sink, question);
          if (named.key() instanceof KeyResolution.Found) {
            return named;
          }
        }
        if (!(key instanceof KeyResolution.Found) && question != null) {
          KeyResolution within = sink.key(question + " " + label);
          return new Label(within instanceof KeyResolution.Found ? within : key, -1, -1, from);
        }
        if (!(key instanceof KeyResolution.Found)) {
          // "Q1: h_1 = …": the label is the text up to the last sign before the value.
          if (questionOnly == null) {
            questionOnly = KeySyntax.questionOnly(label).orElse(null);
          }
          continue;
        }
        return new Label(key, -1, -1, from);
      }
    }
    return Label.none();
  }

  /** Characters of a product or sum: {@code h1·W = […]} names no item, whatever {@code h1} does. */
  private static final String OPERATORS = "\u00b7\u22c5*\u00d7+-/@<>|";

  /**
   * The name right before the sign at {@code sign} when the text from {@code from} is prose ending
   * in one ({@code l'état caché est h1 = [5, 4, 0]}): a word without operators that names an item
   * by itself or in the question, followed by a bracketed value (a vector's) or by a word (a
   * prediction's). None otherwise.
   */
  private static Label nameBefore(
      String line, int from, int sign, AnswerSink sink, String question) {
    int end = sign;
    while (end > from && Clean.isSpace(line.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > from && !Clean.isSpace(line.charAt(start - 1))) {
      start--;
    }
    while (start < end && "$*`".indexOf(line.charAt(start)) >= 0) {
      start++;
    }
    if (start == from || start == end || afterAMatrix(line, from, start)) {
      return Label.none();
    }
    for (int k = start; k < end; k++) {
      if (OPERATORS.indexOf(line.charAt(k)) >= 0) {
        return Label.none();
      }
    }
    KeyResolution key = resolve(line.substring(start, end), sink, question);
    if (!(key instanceof KeyResolution.Found found)) {
      return Label.none();
    }
    int value = sign + 1;
    while (value < line.length() && " \t$`*".indexOf(line.charAt(value)) >= 0) {
      value++;
    }
    boolean bracket = value < line.length() && "[(\\".indexOf(line.charAt(value)) >= 0;
    boolean word =
        value < line.length()
            && Character.isLetter(line.charAt(value))
            && KeyWords.isPrediction(found.key().item());
    return bracket || word ? new Label(key, -1, -1, start) : Label.none();
  }

  /** The longest text in parentheses that a label may hold: a step or a word, no value. */
  private static final int MAX_NOTATION_CHARS = 12;

  /**
   * Whether the word before {@code start} (after {@code from}) is a matrix's one capital letter
   * ({@code W h_1 = […]}): the name is then a product's factor, not a label.
   */
  private static boolean afterAMatrix(String line, int from, int start) {
    int end = start;
    while (end > from && Clean.isSpace(line.charAt(end - 1))) {
      end--;
    }
    int word = end;
    while (word > from && !Clean.isSpace(line.charAt(word - 1))) {
      word--;
    }
    return KeyResolver.isMatrix(line.substring(word, end));
  }

  /**
   * Where the parenthesis opened at {@code open} closes, when what it holds is part of a name, not
   * a value: a step ({@code h^{(1)}}, {@code h(2)}) or a word ({@code the output (logits) o1}),
   * letters, digits and spaces only, before {@code end}; -1 for any other parenthesis.
   */
  private static int notation(String line, int open, int end) {
    int limit = Math.min(end, open + 2 + MAX_NOTATION_CHARS);
    for (int i = open + 1; i < limit; i++) {
      char c = line.charAt(i);
      if (c == ')') {
        return i > open + 1 ? i : -1;
      }
      if (!Character.isLetterOrDigit(c) && !Clean.isSpace(c)) {
        return -1;
      }
    }
    return -1;
  }

  private static KeyResolution resolve(String label, AnswerSink sink, String question) {
    KeyResolution key = sink.key(label);
    if (!(key instanceof KeyResolution.Found) && question != null) {
      return sink.key(question + " " + label);
    }
    return key;
  }

  /**
   * The length of a copula standing alone at {@code from} when a list in brackets with a comma
   * follows it ({@code is (5, 4, 0)}, {@code are $[21, 8, …]$}); 0 otherwise, so that {@code the
   * largest logit is (21)} or {@code is the first} names nothing.
   */
  private static int copula(String line, int from) {
    for (String word : COPULAS) {
      int end = from + word.length();
      if (end < line.length()
          && line.regionMatches(true, from, word, 0, word.length())
          && Clean.isSpace(line.charAt(end))
          && listFollows(line, end)) {
        return word.length();
      }
    }
    return 0;
  }

  /**
   * Whether an opening bracket (after spaces, {@code $} or a backtick) starts a list with a comma.
   */
  private static boolean listFollows(String line, int from) {
    int i = from;
    while (i < line.length()
        && (Clean.isSpace(line.charAt(i)) || line.charAt(i) == '$' || line.charAt(i) == '`')) {
      i++;
    }
    if (i >= line.length() || line.charAt(i) != '[' && line.charAt(i) != '(') {
      return false;
    }
    for (int j = i + 1; j < Math.min(line.length(), i + 1 + MAX_LABEL_CHARS); j++) {
      char c = line.charAt(j);
      if (c == ',') {
        return true;
      }
      if (c == ']' || c == ')' || c == '[' || c == '(') {
        return false;
      }
    }
    return false;
  }
}
