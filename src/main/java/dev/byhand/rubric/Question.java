package dev.byhand.rubric;

import static java.util.Objects.requireNonNull;

import dev.byhand.exact.Rational;
import java.util.List;
import java.util.OptionalInt;

/**
 * One question of the assignment. A computed question about per-step quantities is about one step
 * of the sentence ({@code step} counts from 1); one about quantities without steps (an MLP's) has
 * no step; a manual question has no step and only manual items. {@code visibility} says when
 * students may see its results and reference values.
 */
public record Question(
    String id, String text, OptionalInt step, List<ItemSpec> items, Visibility visibility) {
  public Question {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(step, "step");
    requireNonNull(visibility, "visibility");
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a question has at least one item");
    }
  }

  /** Whether a TA grades it outside byhand (its items are all manual). */
  public boolean isManual() {
    return items.get(0).manual();
  }

  /** The step its quantities are at; 0 for a manual question or quantities without steps. */
  public int position() {
    return step.orElse(0);
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
    if (item.label().isPresent()) {
      return item.label().get();
    }
    return item.manual() ? item.name() : Quantities.label(item.name(), position());
  }

  public Rational maxPoints() {
    return items.stream().map(ItemSpec::points).reduce(Rational.ZERO, Rational::add);
  }
}
