package dev.byhand.submission;

/** Refuses JSON nested deeper than {@link Limits#MAX_DEPTH} before any parser recurses into it. */
final class JsonDepth {
  private JsonDepth() {}

  static void check(String text) {
    int depth = 0;
    int line = 1;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        if (++depth > Limits.MAX_DEPTH) {
          throw new Unreadable(
              "line "
                  + line
                  + ": the JSON is nested deeper than "
                  + Limits.MAX_DEPTH
                  + " levels (the limit); answers need at most three, like "
                  + "{\"q1\": {\"hidden\": [5, 4, 0]}}");
        }
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
  }
}
