package dev.byhand.submission;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that is only a question's heading in a write-up: {@code ## Question 2}, {@code
 * \section*{Question 2}}, {@code Q2:}. The lines under it answer that question.
 */
final class Headings {
  private static final Pattern HEADING =
      Pattern.compile(
          "\\s*(?:#{1,6}\\s*|\\\\(?:sub)*section\\*?\\s*\\{\\s*|\\*\\*)?"
              + KeySyntax.QUESTION_WORDS
              + "\\s*\\.?\\s*0*"
              + "(\\d{1,6})\\s*[.:)]?\\s*(?:\\}|\\*\\*)?\\s*",
          Pattern.CASE_INSENSITIVE);

  private Headings() {}

  /** {@code q2} for a heading of question 2; empty for any other line. */
  static Optional<String> question(String line) {
    if (line.length() > 80) {
      return Optional.empty();
    }
    Matcher m = HEADING.matcher(line);
    return m.matches() ? Optional.of("q" + m.group(1)) : Optional.empty();
  }
}
