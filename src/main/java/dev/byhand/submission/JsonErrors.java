package dev.byhand.submission;

import java.io.EOFException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates Gson's parse errors ({@code ... at line 3 column 14 path $.q1}) into a sentence a
 * student can act on: where, what is wrong, and how to fix it.
 */
final class JsonErrors {
  private static final Pattern WHERE = Pattern.compile("at line (\\d+) column (\\d+)");

  private JsonErrors() {}

  static String severalValues() {
    return "the file holds more than one JSON value; put all answers inside one { }";
  }

  static String explain(IOException error, String text) {
    String message = String.valueOf(error.getMessage());
    Matcher where = WHERE.matcher(message);
    if (error instanceof EOFException || message.startsWith("End of input") || !where.find()) {
      return "the JSON ends too early: a } or ] is missing or a string is not closed; "
          + "close every {, [ and \"";
    }
    int line = Integer.parseInt(where.group(1));
    int column = Integer.parseInt(where.group(2));
    return new Spot(text, offset(text, line, column - 1)).explain(message);
  }

  /** Gson's column points just past the character it stopped at; this is that character's index. */
  private static int offset(String text, int line, int column) {
    int index = 0;
    for (int l = 1; l < line && index >= 0; l++) {
      index = text.indexOf('\n', index) + 1;
    }
    return Math.max(0, Math.min(text.length(), index + column - 1));
  }

  private record Spot(String text, int index) {
    char at(int i) {
      return i >= 0 && i < text.length() ? text.charAt(i) : ' ';
    }

    String where(int i) {
      int lineStart = text.lastIndexOf('\n', i - 1) + 1;
      long line = text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
      return "invalid JSON at line " + line + " column " + (i - lineStart + 1) + ": ";
    }

    String explain(String message) {
      char c = at(index);
      int before = index - 1;
      while (before >= 0 && Character.isWhitespace(at(before))) {
        before--;
      }
      if ((c == ']' || c == '}') && at(before) == ',') {
        return where(before)
            + "trailing comma or missing value; remove the comma after the last item";
      }
      int token = tokenStart();
      return where(token) + new Spot(text, token).reason(at(token), message);
    }

    /** Gson stops at or just before the offending token; skip the punctuation in between. */
    private int tokenStart() {
      int i = index;
      while (i < index + 4 && (Character.isWhitespace(at(i)) || "[{,:".indexOf(at(i)) >= 0)) {
        i++;
      }
      return at(i) == ' ' ? index : i;
    }

    private String reason(char c, String message) {
      if (c == '/' || c == '#') {
        return "JSON does not allow comments; remove the comment";
      }
      if (c == '\'') {
        return "JSON needs double quotes; write \"q1.hidden\", not 'q1.hidden'";
      }
      if (message.startsWith("Unterminated object") || message.startsWith("Unterminated array")) {
        return "a comma is missing between two items; add a comma";
      }
      if (message.startsWith("Expected ':'")) {
        return "a colon is missing after a key; write \"q1.hidden\": [5, 4, 0]";
      }
      if (message.startsWith("Unterminated string")) {
        return "a string is not closed; add the closing \"";
      }
      return reasonForWord(c);
    }

    private String reasonForWord(char c) {
      if (Character.isLetter(c)) {
        String word = text.substring(index).split("[^A-Za-z0-9_.-]", 2)[0];
        if (word.equals("NaN") || word.equals("Infinity")) {
          return word + " is not allowed in JSON and is never an answer here; write the number";
        }
        return "the word " + word + " has no quotes; put keys and words in double quotes";
      }
      if (c == '0' && Character.isDigit(at(index + 1))) {
        return "a number starts with 0; write 1, not 01";
      }
      return "this is not valid JSON here; check the punctuation (commas, colons, quotes)";
    }
  }
}
