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
  private static final Pattern SAYS =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(?:predicts|predict|favours|favors|favoured|favored"
              + "|(?:prediction|predicted\\s+token|next\\s+token|next\\s+word)\\s+is)\\s+");

  /** How far after the verb the word and the end of its sentence may be. */
  private static final int WINDOW = 120;

  private static final Pattern MARKUP =
      Pattern.compile("\\\\(?:texttt|textsc|textit|textbf|emph|text|mathrm|mathtt)\\s*\\{");

  private static final Pattern WORD_THEN_END =
      Pattern.compile("([\\p{L}][\\p{L}\\p{N}_]{0,39})\\s*(?:\\([^()]{0,100}\\))?\\s*(?:[.;!,]|$)");

  private PredictionSentence() {}

  /**
   * The word {@code line} says the model predicts; empty when it says none, or two, or when the
   * line also holds a vector (three numbers or more), which may be an answer that was not read.
   */
  static Optional<String> prediction(String line) {
    if (numbers(line) >= 3) {
      return Optional.empty();
    }
    Matcher says = SAYS.matcher(line);
    String found = null;
    while (says.find()) {
      int end = Math.min(line.length(), says.end() + WINDOW);
      String after = unmarked(line.substring(says.end(), end));
      Matcher word = WORD_THEN_END.matcher(after);
      if (!word.lookingAt() || end < line.length() && word.end() == after.length()) {
        continue;
      }
      if (found != null && !found.equals(word.group(1))) {
        return Optional.empty();
      }
      found = word.group(1);
    }
    return Optional.ofNullable(found);
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
