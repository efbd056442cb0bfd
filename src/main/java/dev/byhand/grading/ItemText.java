package dev.byhand.grading;

import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Rubric;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The values of verdicts as every writer shows them (the report, {@code check}, Gradescope,
 * PrairieLearn, {@code results.json}): a token as its word, numbers in lowest terms ({@code [5, 4,
 * -1]}), and for an item compared within a tolerance the student's numbers as the decimals they
 * wrote and the reference rounded to the tolerance ({@code 0.49}). Immutable and thread-safe.
 */
public final class ItemText {
  private final TokenWords words;

  ItemText(TokenWords words) {
    this.words = words;
  }

  /** The texts of {@code rubric}'s verdicts (and of its variants', which share its vocabulary). */
  public static ItemText of(Rubric rubric) {
    return new ItemText(new TokenWords(rubric.vocabulary(), rubric.policies().ties()));
  }

  /**
   * What the student wrote: the value read ({@code [5, 4, 0]}, {@code is}), or the text that could
   * not be read; empty when nothing was.
   */
  public String given(ItemResult result) {
    if (result.reading() instanceof Reading.Read read) {
      return given(result.item(), read.value());
    }
    if (result.reading() instanceof Reading.Unreadable unreadable) {
      return unreadable.given();
    }
    return "";
  }

  /** The reference ({@code is or outside} when tied tokens are accepted); empty for a TA's item. */
  public String expected(ItemResult result) {
    return result.reference().map(value -> expected(result.item(), value)).orElse("");
  }

  /**
   * For follow-through, the student's own answers it was checked against: {@code q1.hidden = [5, 3,
   * 0]}, joined by {@code and}; {@code your own neighbouring cells} for a table.
   */
  public Optional<String> checkedAgainst(ItemResult result) {
    List<StudentValues.Own> from = result.checkedAgainst();
    if (from.isEmpty()) {
      return Optional.empty();
    }
    if (from.size() == 1 && from.get(0).key().equals(result.key())) {
      return Optional.of("your own neighbouring cells");
    }
    return Optional.of(describe(from));
  }

  /** The entries of a vector the student wrote, each as {@link #given} shows it. */
  public List<String> givenEntries(ItemSpec item, Value.Vec written) {
    boolean decimal = item.accuracy().isPresent();
    return written.entries().stream()
        .map(x -> decimal ? DecimalText.written(x) : x.toString())
        .toList();
  }

  /** The entries of a reference vector, each as {@link #expected} shows it. */
  public List<String> expectedEntries(ItemSpec item, Value.Vec reference) {
    Optional<Integer> places = item.accuracy().map(ItemSpec.Tolerance::places);
    return reference.entries().stream()
        .map(x -> places.map(p -> DecimalText.rounded(x, p)).orElseGet(x::toString))
        .toList();
  }

  /** A value the student wrote for {@code item}. */
  String given(ItemSpec item, Value value) {
    if (value instanceof Value.Token token) {
      return words.word(token.first());
    }
    return item.accuracy().isPresent() ? DecimalText.written(value) : value.toString();
  }

  /** The reference of {@code item}: rounded to its tolerance, or the tokens accepted. */
  String expected(ItemSpec item, Value reference) {
    return item.accuracy()
        .map(t -> DecimalText.rounded(reference, t.places()))
        .orElseGet(() -> words.expected(reference));
  }

  /** {@code q1.hidden = [5, 3, 0] and q2.hidden = [1, 0, 2]}. */
  String describe(List<StudentValues.Own> from) {
    return from.stream().map(own -> own.describe(words)).collect(Collectors.joining(" and "));
  }
}
