package dev.byhand.rubric;

import static java.util.Objects.requireNonNull;

import dev.byhand.network.Node;
import dev.byhand.network.Value;
import java.util.Optional;

/**
 * One item a rubric asks, with what every user of it looks up: the question that holds it, its
 * spec, the trace node it answers, its key ({@code q1.hidden}) and its reference (empty for a
 * manual item). Immutable; {@link Rubric#items()} lists them.
 */
public record RubricItem(
    Question question, ItemSpec spec, Node node, String key, Optional<Value> reference) {
  public RubricItem {
    requireNonNull(question, "question");
    requireNonNull(spec, "spec");
    requireNonNull(node, "node");
    requireNonNull(key, "key");
    requireNonNull(reference, "reference");
    if (reference.isPresent() == spec.manual()) {
      throw new IllegalArgumentException(
          key + (spec.manual() ? " is graded by a TA: no reference" : " needs its reference"));
    }
  }

  /** An item a TA grades by hand. */
  public boolean manual() {
    return spec.manual();
  }
}
