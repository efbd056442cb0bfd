package dev.byhand.grading;

import dev.byhand.network.Value;
import dev.byhand.rubric.Ties;
import dev.byhand.rubric.Vocabulary;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Values as verdicts show them, and which tied tokens are accepted. A token is its word (a token
 * exists only over a vocabulary; an index is a number). Immutable.
 */
final class TokenWords {
  private final Vocabulary vocabulary;
  private final Ties ties;

  TokenWords(Vocabulary vocabulary, Ties ties) {
    this.vocabulary = vocabulary;
    this.ties = ties;
  }

  /** The tokens accepted from logits whose largest entries are {@code argmax}. */
  SortedSet<Integer> accepted(SortedSet<Integer> argmax) {
    return ties == Ties.ANY ? argmax : new TreeSet<>(List.of(argmax.first()));
  }

  String word(int id) {
    return vocabulary.word(id);
  }

  /** {@code is}, or {@code is or outside}. */
  String words(SortedSet<Integer> tokens) {
    return tokens.stream().map(this::word).collect(Collectors.joining(" or "));
  }

  /** The reference as every verdict shows it: the accepted tokens of a token value. */
  String expected(Value value) {
    return value instanceof Value.Token token ? words(accepted(token.ids())) : value.toString();
  }

  /** A value the student wrote: a token as its word, numbers as they print. */
  String display(Value value) {
    return value instanceof Value.Token token ? words(token.ids()) : value.toString();
  }

  /** A tie for every token is no prediction at all (e.g. all-equal logits). */
  boolean isDegenerate(Value.Token token) {
    return token.ids().size() >= vocabulary.size();
  }
}
