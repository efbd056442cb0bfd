package dev.byhand.submission;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An INI file's sections: a line {@code [q1]} (or {@code [Question 2]}) is a question's heading and
 * binds the bare names under it ({@code hidden = 5, 4, 0}) to that question, as {@code ## Q1} does
 * in a text file. In a file with such a section, a line starting with {@code ;} is a comment.
 * Linear in the file.
 */
final class IniSections {
  private static final Pattern SECTION = Pattern.compile("\\[\\s*([^\\[\\]]{1,40}?)\\s*]");

  private IniSections() {}

  /**
   * Turns each question section line into the question's heading and blanks comment lines, in place
   * (line numbers stay true); a file without a question section is left as it is.
   */
  static void read(List<String> lines) {
    boolean sections = false;
    for (int i = 0; i < lines.size(); i++) {
      Optional<String> question = question(lines.get(i));
      if (question.isPresent()) {
        lines.set(i, question.get());
        sections = true;
      }
    }
    if (!sections) {
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      if (Clean.stripSpaces(lines.get(i)).startsWith(";")) {
        lines.set(i, "");
      }
    }
  }

  /**
   * {@code q1} for a line that is only {@code [q1]} or {@code [Question 1]}; never for {@code [5]},
   * an entry of a vector drawn down the page.
   */
  static Optional<String> question(String line) {
    String text = Clean.stripSpaces(line);
    if (text.length() > 44 || !text.startsWith("[")) {
      return Optional.empty();
    }
    Matcher m = SECTION.matcher(text);
    if (!m.matches() || m.group(1).chars().noneMatch(Character::isLetter)) {
      return Optional.empty();
    }
    Optional<String> question = KeySyntax.questionOnly(m.group(1));
    return question.isPresent() ? question : Headings.question(m.group(1));
  }
}
