package dev.byhand.submission;

import java.util.Optional;

/**
 * Splits a line that holds a key and its values without a CSV delimiter, the way students write
 * plain text files: {@code q1.hidden: 5 4 0}, {@code Q1 hidden = [5, 4, 0]}, {@code q1 hidden 5 4
 * 0}.
 */
final class LooseLine {
  private static final String NUMBER_START = "0123456789+-.[(\u2212";

  /** Keys are short; looking further for the split would make a long line quadratic. */
  private static final int MAX_KEY_CHARS = 64;

  /** The key, as written and parsed, and the text after it. */
  record Split(KeyResolution key, String keyAsWritten, String rest) {}

  private LooseLine() {}

  static Optional<Split> split(String cell, AnswerSink sink) {
    int leader = leader(cell);
    if (leader > 0) {
      Optional<Split> led = at(cell, leader, leader, sink, false);
      if (led.isPresent()) {
        return led;
      }
    }
    Optional<Split> keyed = split(cell, sink, false);
    // "q2 = BOS" only when no later ':' or '=' ends a whole key ("Q1: logits: 21 8 …").
    return keyed.isPresent() ? keyed : split(cell, sink, true);
  }

  private static Optional<Split> split(String cell, AnswerSink sink, boolean questionOnly) {
    for (int i = 0; i < Math.min(cell.length(), MAX_KEY_CHARS); i++) {
      char c = cell.charAt(i);
      if (c == ':' || c == '=' || c == '\u2192') {
        // "tahmin → BOS", "hidden state → [5, 4, 0]": an arrow labels as a sign does.
        Optional<Split> split = at(cell, i, i + 1, sink, questionOnly);
        if (split.isPresent()) {
          return split;
        }
      }
    }
    return questionOnly ? Optional.empty() : byWhitespace(cell, sink);
  }

  /** Whitespace separates a key from values only when the values start like a number. */
  private static Optional<Split> byWhitespace(String cell, AnswerSink sink) {
    for (int i = 0; i < Math.min(cell.length(), MAX_KEY_CHARS); i++) {
      if (Clean.isSpace(cell.charAt(i))) {
        // The first character after the spaces, found in place: a copy of the rest of the cell at
        // every space of the key made a long line cost that many times its length.
        int next = i;
        while (next < cell.length() && Clean.isSpace(cell.charAt(next))) {
          next++;
        }
        if (next < cell.length() && NUMBER_START.indexOf(cell.charAt(next)) >= 0) {
          Optional<Split> split = at(cell, i, i, sink, false);
          if (split.isPresent() && !endsEarlier(split.get(), sink)) {
            return split;
          }
        }
        // A split anywhere in the same run of spaces has the same key and value: one try a run.
        i = next - 1;
      }
    }
    return Optional.empty();
  }

  /**
   * {@code prediction BOS}: a key, a column's gap (two spaces or more), then one word of the
   * vocabulary ending the cell; empty for any other cell. A key resolver may read the whole cell as
   * one key ({@code prediction BOS} as the prediction after BOS): the gap says it is not.
   */
  static Optional<Split> gapThenWord(String cell, AnswerSink sink) {
    int end = cell.length();
    while (end > 0 && Clean.isSpace(cell.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(cell.charAt(start - 1))) {
      start--;
    }
    int gap = start;
    while (gap > 0 && Clean.isSpace(cell.charAt(gap - 1))) {
      gap--;
    }
    if (start == end || start - gap < 2 || gap == 0 || !wordOfVocabulary(cell, start, sink)) {
      return Optional.empty();
    }
    return at(cell, gap, start, sink, false)
        .filter(s -> s.key() instanceof KeyResolution.Found found && sink.asks(found.key()));
  }

  /** Whether the cell from {@code from} is one word of the vocabulary, and nothing after it. */
  private static boolean wordOfVocabulary(String cell, int from, AnswerSink sink) {
    int end = from;
    while (end < cell.length() && Character.isLetter(cell.charAt(end))) {
      end++;
    }
    return end > from
        && Clean.stripSpaces(cell.substring(end)).isEmpty()
        && sink.wordIndex(cell.substring(from, end)) >= 0;
  }

  /**
   * Whether {@code split}'s key holds a {@code :} or {@code =} and names nothing asked: the key
   * ended at that sign ({@code Q2: BOS (I think…)} answers q2 with a remark, it is no key "Q2: BOS"
   * with a value in parentheses).
   */
  private static boolean endsEarlier(Split split, AnswerSink sink) {
    String key = split.keyAsWritten();
    return (key.indexOf(':') >= 0 || key.indexOf('=') >= 0)
        && !(split.key() instanceof KeyResolution.Found found && sink.asks(found.key()));
  }

  /**
   * Where dot leaders start in {@code hidden after BOS ..... 5} or {@code prediction . BOS}: a
   * space, then two dots or more (or one dot and a space); -1 when there are none.
   */
  static int leader(String cell) {
    for (int i = 1; i + 1 < Math.min(cell.length(), MAX_KEY_CHARS); i++) {
      if (Clean.isSpace(cell.charAt(i - 1))
          && (cell.charAt(i) == '\u2026'
              || cell.charAt(i) == '.'
                  && (cell.charAt(i + 1) == '.' || Clean.isSpace(cell.charAt(i + 1))))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where the value of {@code cell} after {@code from} starts, before {@code end} (its last
   * non-space character, exclusive): past spaces, and past dot leaders ({@code hidden ..... 5, 4,
   * 0}), which are not a value; {@code end} when nothing is left.
   */
  private static int valueStart(String cell, int from, int end) {
    int i = from;
    while (i < end && Clean.isSpace(cell.charAt(i))) {
      i++;
    }
    boolean leader =
        i + 1 < end && cell.charAt(i) == '.' && cell.charAt(i + 1) == '.'
            || i < end && cell.charAt(i) == '\u2026'
            || i + 1 < end && cell.charAt(i) == '.' && Clean.isSpace(cell.charAt(i + 1));
    if (!leader) {
      return i;
    }
    while (i < end
        && (cell.charAt(i) == '.' || cell.charAt(i) == '\u2026' || Clean.isSpace(cell.charAt(i)))) {
      i++;
    }
    return i;
  }

  private static Optional<Split> at(
      String cell, int keyEnd, int restStart, AnswerSink sink, boolean questionOnly) {
    String keyText = Clean.strip(cell.substring(0, keyEnd));
    // The value's bounds first, and the value itself only for a key that names something: copying
    // the rest of the line at every ':', '=' or space of its first 64 characters copied a long
    // line up to 200 times.
    int end = cell.length();
    while (end > restStart && Clean.isSpace(cell.charAt(end - 1))) {
      end--;
    }
    int start = valueStart(cell, restStart, end);
    if (start == end) {
      return Optional.empty();
    }
    KeyResolution key = sink.key(keyText);
    Optional<String> question = questionOnly ? KeySyntax.questionOnly(keyText) : Optional.empty();
    if (key instanceof KeyResolution.None && question.isPresent()) {
      // "q2 = BOS": the grader accepts it for a question that asks for one item, and says so
      // otherwise.
      key = new KeyResolution.Found(new AnswerKey(question.get(), ""));
    }
    return key instanceof KeyResolution.None
        ? Optional.empty()
        : Optional.of(new Split(key, keyText, cell.substring(start, end)));
  }
}
