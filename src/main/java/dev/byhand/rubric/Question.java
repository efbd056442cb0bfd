package dev.byhand.rubric;

import static java.util.Objects.requireNonNull;

import dev.byhand.rnn.Rational;
import java.util.List;
import java.util.OptionalInt;

/**
 * One question of the assignment. A computed question is about one step of the sentence
 * ({@code step} counts from 1); a manual question has no step and only manual items.
 * {@code visibility} says when students may see its results and reference values.
 */
public record Question(String id, String text, OptionalInt step, List<ItemSpec> items, Visibility visibility) {
  public Question {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(step, "step");
    requireNonNull(visibility, "visibility");
    items = List.copyOf(items);
  }

  public boolean isManual() {
    return step.isEmpty();
  }

  /** {@code q1.hidden}. */
  public String key(ItemSpec item) {
    return id + "." + item.name();
  }

  /**
   * The item for people, the same in reports, Gradescope and messages: {@code hidden state h1},
   * {@code logits at step 1}, {@code predicted next token at step 2}; a manual item by its name.
   */
  public String label(ItemSpec item) {
    if (item.kind() == ItemKind.MANUAL || step.isEmpty()) {
      return item.name();
    }
    int position = step.getAsInt();
    return item.kind() == ItemKind.HIDDEN ? "hidden state h" + position
        : item.kind().description() + " at step " + position;
  }

  public Rational maxPoints() {
    return items.stream().map(ItemSpec::points).reduce(Rational.ZERO, Rational::add);
  }
}
