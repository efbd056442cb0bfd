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

  private Segments() {}

  /** The pieces of {@code line}, or an empty list when it labels fewer than two answers. */
  static List<String> split(String line, AnswerSink sink) {
    List<Integer> starts = new ArrayList<>();
    List<Boolean> bare = new ArrayList<>();
    String question = null;
    int depth = 0;
    boolean boundary = true;
    int labels = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (boundary && depth == 0 && !Clean.isSpace(c)) {
        boundary = false;
        if (++labels > MAX_LABELS) {
          return List.of();
        }
        KeyResolution key = label(line, i, sink, question);
        if (key instanceof KeyResolution.Found found) {
          starts.add(i);
          bare.add(!(label(line, i, sink, null) instanceof KeyResolution.Found));
          question = question == null ? found.key().question() : question;
        }
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && (c == ',' || c == ';' || fullStop(line, i))) {
        boundary = true;
      } else if (depth == 0 && Clean.isSpace(c) && conjunction(line, i + 1) > 0) {
        // "h1 = [5, 4, 0] and logits = […]": the word joins two answers as a comma does.
        i += conjunction(line, i + 1);
        boundary = true;
      }
    }
    if (starts.size() < 2) {
      return List.of();
    }
    List<String> pieces = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int end = k + 1 < starts.size() ? starts.get(k + 1) : line.length();
      String piece = Clean.stripSpaces(line.substring(starts.get(k), end));
      while (piece.endsWith(",") || piece.endsWith(";") || piece.endsWith(".")) {
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

  /** What the text from {@code from} up to the next {@code =} or {@code :} names. */
  private static KeyResolution label(String line, int from, AnswerSink sink, String question) {
    int end = Math.min(line.length(), from + MAX_LABEL_CHARS);
    for (int i = from; i < end; i++) {
      char c = line.charAt(i);
      if (c == ',' || c == ';' || c == '[' || c == '(') {
        return new KeyResolution.None();
      }
      if (c == '=' || c == ':') {
        String label = line.substring(from, i);
        KeyResolution key = sink.key(label);
        if (!(key instanceof KeyResolution.Found) && question != null) {
          KeyResolution within = sink.key(question + " " + label);
          return within instanceof KeyResolution.Found ? within : key;
        }
        if (!(key instanceof KeyResolution.Found)) {
          // "Q1: h_1 = …": the label is the text up to the last sign before the value.
          continue;
        }
        return key;
      }
    }
    return new KeyResolution.None();
  }
}
