package dev.byhand.submission;

import java.util.List;

/** What a written key means: one answer item, several (so it is reported, not guessed), or none. */
sealed interface KeyResolution {
  /** The key names this item (or, for an item the rubric does not ask, a key reported later). */
  record Found(AnswerKey key) implements KeyResolution {}

  /** The key fits every one of {@code keys} equally well. */
  record Ambiguous(List<AnswerKey> keys) implements KeyResolution {
    public Ambiguous {
      keys = List.copyOf(keys);
    }

    /** {@code "h1" could be q1.hidden or q3.hidden; write the full key, e.g. q1.hidden}. */
    String sentence(String written) {
      List<String> names = keys.stream().map(AnswerKey::toString).toList();
      String listed =
          String.join(", ", names.subList(0, names.size() - 1))
              + " or "
              + names.get(names.size() - 1);
      return "\""
          + written
          + "\" could be "
          + listed
          + ", so it was not graded; write the full key, e.g. "
          + names.get(0);
    }
  }

  /** Not a key at all. */
  record None() implements KeyResolution {}
}
