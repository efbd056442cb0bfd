package dev.byhand.submission;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * Where in a student's file something was written: a line (from 1) or a JSON path such as {@code
 * $.q1.hidden[2]}, and the text found there. {@code file} is the file name as the student named it
 * (no folders).
 *
 * @param text the line as it stands in the file (a line-addressed answer), or the value as read (a
 *     JSON one); inert (no control characters but the tab), at most {@link #MAX_TEXT} characters;
 *     empty when not known
 */
public record Location(String file, OptionalInt line, String jsonPath, String text) {
  /** Longer lines are cut, with an ellipsis: a report quotes where it read, not a whole file. */
  public static final int MAX_TEXT = 200;

  /** How much of one line is looked at to quote it: its start, with room for leading spaces. */
  static final int MAX_READ = 4 * MAX_TEXT;

  public Location {
    requireNonNull(file, "file");
    requireNonNull(line, "line");
    requireNonNull(jsonPath, "jsonPath");
    requireNonNull(text, "text");
  }

  public static Location ofLine(String file, int line) {
    return new Location(file, OptionalInt.of(line), "", "");
  }

  public static Location ofPath(String file, String jsonPath) {
    return new Location(file, OptionalInt.empty(), jsonPath, "");
  }

  /** The same place with the text found there, made inert and cut to {@link #MAX_TEXT}. */
  public Location withText(String found) {
    StringBuilder lines = new StringBuilder();
    boolean goesOn = false;
    for (int from = 0; from <= found.length(); ) {
      // Only a line's start can be quoted: a line of a megabyte is not looked through for it.
      int read = Math.min(found.length(), from + MAX_READ);
      int end = from;
      while (end < read && found.charAt(end) != '\n') {
        end++;
      }
      lines.append(from == 0 ? "" : "\n").append(inert(found.substring(from, end)).strip());
      if (end == read && read < found.length() && found.charAt(read) != '\n') {
        // The quote ends within this line: what follows it shows only as an ellipsis.
        goesOn = !blank(found, read, found.length());
        break;
      }
      from = end + 1;
    }
    String inert = lines.toString().strip();
    if (inert.length() <= MAX_TEXT && !goesOn) {
      return new Location(file, line, jsonPath, inert);
    }
    int end = Math.min(MAX_TEXT - 1, inert.length());
    // Never half a character: a surrogate pair is kept whole or left out.
    if (end > 0 && Character.isHighSurrogate(inert.charAt(end - 1))) {
      end--;
    }
    String cut = inert.substring(0, end).stripTrailing() + "…";
    return new Location(file, line, jsonPath, cut);
  }

  private static boolean blank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A line made inert, its tabs kept: a source quotes the file's text at its line, and a tab (the
   * cells of a TSV) moves no cursor and hides nothing, where {@code ␉} is not what the file says.
   */
  private static String inert(String line) {
    if (line.indexOf('\t') < 0) {
      return Clean.visible(line);
    }
    StringBuilder out = new StringBuilder(line.length());
    int from = 0;
    for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', from)) {
      out.append(Clean.visible(line.substring(from, tab))).append('\t');
      from = tab + 1;
    }
    return out.append(Clean.visible(line.substring(from))).toString();
  }

  /** {@code line 6} or {@code $.q1.hidden}, without the file name; empty when neither is known. */
  public String place() {
    return line.isPresent() ? "line " + line.getAsInt() : jsonPath;
  }

  /**
   * Where and what was read, for people: {@code line 6: prediction = BOS}, {@code $.q1.hidden: [5,
   * 4, 0]} (no file name).
   */
  public String quoted() {
    String place = place();
    if (text.isEmpty()) {
      return place;
    }
    return place.isEmpty() ? text : place + ": " + text;
  }

  /** {@code alice.csv line 4}, {@code bob.json at $.q1.hidden}, or just the file name. */
  @Override
  public String toString() {
    if (line.isPresent()) {
      return file + " line " + line.getAsInt();
    }
    return jsonPath.isEmpty() ? file : file + " at " + jsonPath;
  }
}
