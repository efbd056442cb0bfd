package dev.byhand.grading;

import dev.byhand.exact.Vector;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.RubricItem;
import dev.byhand.submission.Submission;
import java.util.List;
import java.util.Optional;

/**
 * The student's own values, by trace node, as far as they wrote them readably: what follow-through
 * and diagnosis start from. Public only for {@link Own}, which verdicts carry.
 */
public final class StudentValues {
  /**
   * A value the student wrote, the key they wrote it under, and the node it answers; {@code
   * decimal} when that item is compared within a tolerance, so its numbers read as the decimals
   * written.
   */
  public record Own(Value value, String key, Node node, boolean decimal) {
    /** {@code q1.hidden = [5, 4, -1]}, {@code q1.weights = [0.25, 0.75]}. */
    String describe(TokenWords words) {
      return key + " = " + (decimal ? DecimalText.written(value) : words.display(value));
    }
  }

  private final List<RubricItem> items;
  private final AnswerReader reader;
  private final Submission submission;

  /**
   * What {@link #own} found, by node: follow-through and every mutation the diagnosis tries ask for
   * the same few nodes, and each answer is read once. Not thread-safe; one item's judging uses it.
   */
  private final java.util.Map<Node, Optional<Own>> found = new java.util.HashMap<>();

  /** The values {@code submission} gives for the rubric's {@code items}. */
  StudentValues(List<RubricItem> items, AnswerReader reader, Submission submission) {
    this.items = items;
    this.reader = reader;
    this.submission = submission;
  }

  /** The first readable answer the rubric asks for {@code node}. */
  Optional<Own> own(Node node) {
    Optional<Own> known = found.get(node);
    if (known == null) {
      known = find(node);
      found.put(node, known);
    }
    return known;
  }

  private Optional<Own> find(Node node) {
    for (RubricItem item : items) {
      if (!item.manual()
          && item.node().equals(node)
          && reader.read(submission, item) instanceof Reading.Read read) {
        return Optional.of(
            new Own(read.value(), item.key(), node, item.spec().accuracy().isPresent()));
      }
    }
    return Optional.empty();
  }

  /** The student's vector at {@code node}, when they wrote one. */
  Optional<Vector> vector(Node node) {
    return own(node)
        .map(Own::value)
        .filter(Value.Vec.class::isInstance)
        .map(v -> ((Value.Vec) v).value());
  }
}
