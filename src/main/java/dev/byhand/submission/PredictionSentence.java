package dev.byhand.submission;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence that says what the model predicts: {@code so the model predicts BOS.}, {@code the
 * model favours **is**}, {@code would predict ‘BOS’}, {@code the prediction is `is'}. The one word
 * right after the verb (or after "prediction is") is the prediction, and only when the sentence
 * ends there or only a remark in parentheses follows: {@code predicts the next token is BOS} or
 * {@code predicts BOS or the} stay prose. A line saying two different things is prose too.
 * Stateless and thread-safe; linear in the line.
 */
final class PredictionSentence {
  // Flags and no look-behind: the page runs this through TeaVM's regular expressions.
  private static final Pattern SAYS =
      Pattern.compile(
          "(?:predicts|predict|favours|favors|favoured|favored"
              + "|(?:prediction|predicted\\s+token|next\\s+token|next\\s+word)\\s+is)\\s+",
          Pattern.CASE_INSENSITIVE);

  /** How far after the verb the word and the end of its sentence may be. */
  private static final int WINDOW = 120;

  private static final Pattern MARKUP =
      Pattern.compile("\\\\(?:texttt|textsc|textit|textbf|emph|text|mathrm|mathtt)\\s*\\{");

  private PredictionSentence() {}

  /**
   * The word {@code line} says the model predicts; empty when it says none, or two, or when the
   * line also holds a vector (three numbers or more), which may be an answer that was not read.
   */
  static Optional<String> prediction(String line) {
    if (numbers(line) >= 3 || !mayPredict(line)) {
      return Optional.empty();
    }
    Matcher says = SAYS.matcher(line);
    String found = null;
    while (says.find()) {
      if (says.start() > 0 && Character.isLetter(line.charAt(says.start() - 1))
          || negated(line, says.start())) {
        continue;
      }
      int end = Math.min(line.length(), says.end() + WINDOW);
      String word = wordThenEnd(unmarked(line.substring(says.end(), end)), end == line.length());
      if (word == null) {
        continue;
      }
      if (found != null && !found.equals(word)) {
        return Optional.empty();
      }
      found = word;
    }
    return Optional.ofNullable(found);
  }

  /**
   * Whether {@code line} holds a letter that starts one of {@link #SAYS}' words ("predict…",
   * "favo…", "next…"): a line without one needs no search, which in the page tries every position
   * of a long line against every word.
   */
  private static boolean mayPredict(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == 'p' || c == 'P' || c == 'f' || c == 'F' || c == 'n' || c == 'N') {
        return true;
      }
    }
    return false;
  }

  /**
   * The word that starts {@code text} when only a remark in parentheses, then the end of the
   * sentence ({@code .;!,}) or of the line ({@code atEnd}), follows it; else null.
   */
  private static String wordThenEnd(String text, boolean atEnd) {
    int i = skipSpaces(text, 0);
    int start = i;
    while (i < text.length()
        && i - start < 40
        && (Character.isLetter(text.charAt(i))
            || i > start && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '_'))) {
      i++;
    }
    if (i == start) {
      return null;
    }
    String word = text.substring(start, i);
    i = skipSpaces(text, i);
    if (i < text.length() && text.charAt(i) == '(') {
      int close = text.indexOf(')', i);
      int open = text.indexOf('(', i + 1);
      if (close < 0 || open >= 0 && open < close) {
        return null;
      }
      i = skipSpaces(text, close + 1);
    }
    if (i == text.length()) {
      return atEnd ? word : null;
    }
    return ".;!,".indexOf(text.charAt(i)) >= 0 ? word : null;
  }

  /**
   * Whether the clause before {@code verb} denies it ({@code would never predict EOS}, {@code does
   * not favour}, {@code can't predict}): what follows is then no prediction.
   */
  private static boolean negated(String line, int verb) {
    int from = verb;
    while (from > 0 && verb - from < 40 && ".;!?:".indexOf(line.charAt(from - 1)) < 0) {
      from--;
    }
    StringBuilder word = new StringBuilder();
    for (int i = from; i <= verb; i++) {
      char c = i < verb ? Character.toLowerCase(line.charAt(i)) : ' ';
      if (Character.isLetter(c) || c == '\'' || c == '\u2019') {
        word.append(c);
        continue;
      }
      String w = word.toString();
      if (w.equals("not")
          || w.equals("never")
          || w.equals("no")
          || w.equals("cannot")
          || w.endsWith("n't")
          || w.endsWith("n\u2019t")) {
        return true;
      }
      word.setLength(0);
    }
    return false;
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && Clean.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int numbers(String line) {
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      if (Character.isDigit(line.charAt(i)) && (i == 0 || !Character.isDigit(line.charAt(i - 1)))) {
        count++;
      }
    }
    return count;
  }

  /** {@code **BOS**}, {@code \texttt{BOS}}, {@code ‘is’}, {@code `is'}: the word without markup. */
  private static String unmarked(String text) {
    String plain = MARKUP.matcher(text).replaceAll("");
    StringBuilder out = new StringBuilder(plain.length());
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c != '*' && c != '`' && c != '}' && c != '_' && !Clean.isQuote(c) && c != '\'') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
