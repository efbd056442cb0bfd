package dev.byhand.submission;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
      if (!saysAt(line, says.start())) {
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
   * How many different vocabulary words {@code line} says the model predicts, whatever follows them
   * ({@code so the model predicts BOS because 21 is the largest}) or whatever else the line holds:
   * a sign of predictions for the safety net, never an answer read.
   */
  static int said(String line, KeyResolver keys) {
    if (line.length() > UnplacedValues.MAX_CANDIDATE_CHARS) {
      return 0;
    }
    Set<Integer> words = new HashSet<>();
    questionThenWord(line, keys, words);
    arrowThenWord(line, keys, words);
    if (!mayPredict(line)) {
      return words.size();
    }
    Matcher says = SAYS.matcher(line);
    while (says.find()) {
      if (!saysAt(line, says.start())) {
        continue;
      }
      String next = unmarked(line.substring(says.end(), Math.min(line.length(), says.end() + 40)));
      int i = skipSpaces(next, 0);
      int start = i;
      while (i < next.length() && Character.isLetter(next.charAt(i))) {
        i++;
      }
      int id = i > start ? keys.wordIndex(next.substring(start, i)) : -1;
      int after = skipSpaces(next, i);
      int raw = skipSpaces(line, says.end());
      // "predicts the beginning of …": a lower-case word going on into the sentence is prose.
      boolean stands =
          id >= 0
              && (Character.isUpperCase(next.charAt(start))
                  || after == next.length()
                  || ".,;!?)".indexOf(next.charAt(after)) >= 0
                  || raw < line.length() && !Character.isLetter(line.charAt(raw)));
      if (stands) {
        words.add(id);
      }
    }
    return words.size();
  }

  /**
   * Adds to {@code words} the vocabulary word that ends the line after an arrow ({@code the largest
   * entry is 5 (position 0) → BOS.}): the result a line of working arrives at.
   */
  private static void arrowThenWord(String line, KeyResolver keys, Set<Integer> words) {
    int end = line.length();
    while (end > 0 && " \t.!*`\"'".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
      start--;
    }
    int id = start < end ? keys.wordIndex(line.substring(start, end)) : -1;
    int sign = start;
    while (sign > 0 && " \t*`\"'".indexOf(line.charAt(sign - 1)) >= 0) {
      sign--;
    }
    boolean arrow =
        sign > 0
            && (line.charAt(sign - 1) == '\u2192'
                || line.charAt(sign - 1) == '\u21d2'
                || sign > 1
                    && line.charAt(sign - 1) == '>'
                    && "-=".indexOf(line.charAt(sign - 2)) >= 0);
    if (id >= 0 && arrow) {
      words.add(id);
    }
  }

  /** How many words after a question's id {@link #questionThenWord} looks through. */
  private static final int MAX_CLAUSE_WORDS = 3;

  /**
   * Adds to {@code words} the vocabulary word ending a short clause after the id of a question that
   * asks for a prediction ({@code so q2 its bos}, {@code q3 -> is.}).
   */
  private static void questionThenWord(String line, KeyResolver keys, Set<Integer> words) {
    for (int q = 0; q + 1 < line.length(); q++) {
      char c = line.charAt(q);
      if (c != 'q' && c != 'Q'
          || q > 0 && Character.isLetterOrDigit(line.charAt(q - 1))
          || !Character.isDigit(line.charAt(q + 1))) {
        continue;
      }
      int i = q + 1;
      while (i < line.length() && Character.isDigit(line.charAt(i)) && i - q <= 3) {
        i++;
      }
      if (i < line.length() && Character.isLetterOrDigit(line.charAt(i))
          || !asksPrediction(keys, line.substring(q, i).toLowerCase(Locale.ROOT))) {
        continue;
      }
      String last = null;
      for (int n = 0; n < MAX_CLAUSE_WORDS; n++) {
        while (i < line.length() && " \t:=>-\u2192*`\"'".indexOf(line.charAt(i)) >= 0) {
          i++;
        }
        int start = i;
        while (i < line.length() && Character.isLetter(line.charAt(i))) {
          i++;
        }
        if (i == start) {
          break;
        }
        last = line.substring(start, i);
      }
      int end = i;
      while (end < line.length() && " \t*`\"'".indexOf(line.charAt(end)) >= 0) {
        end++;
      }
      boolean clauseEnds = end == line.length() || ".,;!?)".indexOf(line.charAt(end)) >= 0;
      int id = last != null && clauseEnds ? keys.wordIndex(last) : -1;
      if (id >= 0) {
        words.add(id);
      }
    }
  }

  private static boolean asksPrediction(KeyResolver keys, String question) {
    for (KeyTarget target : keys.targets()) {
      if (target.question().equals(question) && KeyWords.isPrediction(target.item())) {
        return true;
      }
    }
    return false;
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
   * Whether the verb found at {@code verb} says a prediction: it starts a word ({@code predicts},
   * not the end of another) and its clause does not deny it.
   */
  private static boolean saysAt(String line, int verb) {
    return !(verb > 0 && Character.isLetter(line.charAt(verb - 1))) && !negated(line, verb);
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
