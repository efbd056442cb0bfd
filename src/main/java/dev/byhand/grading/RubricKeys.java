package dev.byhand.grading;

import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricItem;
import dev.byhand.submission.KeyResolver;
import dev.byhand.submission.KeyTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** The rubric's items as the plain data a {@link KeyResolver} matches students' keys against. */
public final class RubricKeys {
  private RubricKeys() {}

  /**
   * A resolver for every item of {@code rubric}, the words of its sentence by step and its
   * vocabulary.
   */
  public static KeyResolver of(Rubric rubric) {
    List<KeyTarget> targets = new ArrayList<>();
    for (RubricItem item : rubric.items()) {
      Question question = item.question();
      ItemSpec spec = item.spec();
      // A vector's size, for "an answer of this shape is in the file but unread".
      OptionalInt entries =
          item.reference()
              .filter(v -> v instanceof Value.Vec)
              .map(v -> OptionalInt.of(v.entries().size()))
              .orElse(OptionalInt.empty());
      targets.add(
          new KeyTarget(
              question.id(),
              spec.name(),
              question.step(),
              question.label(spec),
              question.items().indexOf(spec) + 1,
              spec.aliases(),
              entries));
    }
    List<String> words = rubric.sentence().stream().map(rubric.vocabulary()::word).toList();
    return KeyResolver.of(targets, words, rubric.vocabulary().words());
  }
}
