package dev.byhand.rubric;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** The model's words; a word's token id is its position. Immutable. */
public record Vocabulary(List<String> words) {
  public Vocabulary {
    words = List.copyOf(words);
  }

  public int size() {
    return words.size();
  }

  public String word(int tokenId) {
    return words.get(tokenId);
  }

  /** The id of {@code word}, ignoring case; empty when it is not in the vocabulary. */
  public OptionalInt id(String word) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).toLowerCase(Locale.ROOT).equals(word.toLowerCase(Locale.ROOT))) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }
}
