package dev.byhand.submission;

import java.util.Locale;

/** Student ids safe as file names on every system: derived from a submitted file or folder name. */
public final class StudentIds {
  static final int MAX_LENGTH = 80;

  private StudentIds() {}

  /** {@code alice.csv} → {@code alice}; {@code José Pérez/} → {@code Jos__P_rez}. */
  static String of(String name, boolean folder) {
    String base = folder ? name : withoutExtension(name);
    // A scan rather than three regexes: this runs for every file of a 100,000-student folder before
    // grading can start. Each character (code point) outside [A-Za-z0-9._-] becomes one '_'.
    StringBuilder safe = new StringBuilder(Math.min(base.length(), MAX_LENGTH));
    base.codePoints().forEach(c -> safe.append(isSafe(c) ? (char) c : '_'));
    // No leading dots (hidden files) and no leading dash, which a TA's shell would read as an
    // option.
    int dots = 0;
    while (dots < safe.length() && safe.charAt(dots) == '.') {
      dots++;
    }
    safe.delete(0, dots);
    if (safe.length() > 0 && safe.charAt(0) == '-') {
      safe.setCharAt(0, '_');
    }
    if (safe.length() > MAX_LENGTH) {
      safe.setLength(MAX_LENGTH);
    }
    return safe.length() == 0 ? "student" : safe.toString();
  }

  private static boolean isSafe(int c) {
    return c >= 'a' && c <= 'z'
        || c >= 'A' && c <= 'Z'
        || c >= '0' && c <= '9'
        || c == '.'
        || c == '_'
        || c == '-';
  }

  /** The id of a student who is a folder: the folder's name made safe as a file name. */
  public static String ofFolder(String name) {
    return of(name, true);
  }

  /** Ids that differ only in case collide on Windows and macOS file systems, so they are one. */
  static String collisionKey(String id) {
    return id.toLowerCase(Locale.ROOT);
  }

  static String withoutExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
