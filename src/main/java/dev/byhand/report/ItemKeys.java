package dev.byhand.report;

import dev.byhand.grading.ItemResult;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricItem;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The keys of a rubric's items ({@code q1.hidden}), built once per run: {@link ItemResult#key}
 * joins two strings on every call, which was a quarter of each student's class summary, and one
 * shared string per item keeps a class of summaries smaller too. Immutable and thread-safe.
 */
final class ItemKeys {
  private final Map<ItemSpec, Known> known = new IdentityHashMap<>();

  /**
   * An item of the rubric, with the question that holds it: the same spec could sit in two
   * questions.
   */
  private record Known(Question question, String key) {}

  ItemKeys(Rubric rubric) {
    for (RubricItem item : rubric.items()) {
      known.put(item.spec(), new Known(item.question(), item.key()));
    }
  }

  /**
   * The item's key, equal to {@link ItemResult#key}; the rubric's own string where the item is one
   * of its.
   */
  String of(ItemResult item) {
    Known rubricItem = known.get(item.item());
    return rubricItem != null && rubricItem.question() == item.question()
        ? rubricItem.key()
        : item.key();
  }
}
