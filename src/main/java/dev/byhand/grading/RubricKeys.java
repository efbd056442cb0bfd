package dev.byhand.grading;

import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.KeyResolver;
import dev.byhand.submission.KeyTarget;
import java.util.ArrayList;
import java.util.List;

/** The rubric's items as the plain data a {@link KeyResolver} matches students' keys against. */
public final class RubricKeys {
  private RubricKeys() {}

  /**
   * A resolver for every item of {@code rubric}, the words of its sentence by step and its
   * vocabulary.
   */
  public static KeyResolver of(Rubric rubric) {
    List<KeyTarget> targets = new ArrayList<>();
    for (Question question : rubric.questions()) {
      for (int i = 0; i < question.items().size(); i++) {
        ItemSpec item = question.items().get(i);
        targets.add(
            new KeyTarget(
                question.id(),
                item.name(),
                question.step(),
                question.label(item),
                i + 1,
                item.aliases()));
      }
    }
    List<String> words = rubric.sentence().stream().map(rubric.vocabulary()::word).toList();
    return KeyResolver.of(targets, words, rubric.vocabulary().words());
  }
}
