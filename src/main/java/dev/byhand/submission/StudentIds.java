package dev.byhand.submission;

import java.util.Locale;

/** Student ids safe as file names on every system: derived from a submitted file or folder name. */
public final class StudentIds {
  static final int MAX_LENGTH = 80;

  private StudentIds() {}

  /** {@code alice.csv} → {@code alice}; {@code José Pérez/} → {@code Jos__P_rez}. */
  static String of(String name, boolean folder) {
    String base = folder ? name : withoutExtension(name);
    // No leading dots (hidden files) and no leading dash, which a TA's shell would read as an option.
    String safe = base.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^\\.+", "").replaceFirst("^-", "_");
    if (safe.length() > MAX_LENGTH) {
      safe = safe.substring(0, MAX_LENGTH);
    }
    return safe.isEmpty() ? "student" : safe;
  }

  /** The id of a student who is a folder: the folder's name made safe as a file name. */
  public static String ofFolder(String name) {
    return of(name, true);
  }

  /** Ids that differ only in case collide on Windows and macOS file systems, so they are one. */
  static String collisionKey(String id) {
    return id.toLowerCase(Locale.ROOT);
  }

  private static String withoutExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
