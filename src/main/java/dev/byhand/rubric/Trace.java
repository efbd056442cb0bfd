package dev.byhand.rubric;

import dev.byhand.exact.Vector;
import java.util.List;

/** The steps of one run of the network over a sentence, step 1 first. Immutable. */
public record Trace(Vector initialHidden, List<Step> steps) {
  public Trace {
    steps = List.copyOf(steps);
  }

  /** The step that reads the {@code position}-th token (counting from 1). */
  public Step step(int position) {
    return steps.get(position - 1);
  }

  public int length() {
    return steps.size();
  }
}
