package dev.byhand.grading;

import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.AnswerKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which answer keys a rubric asks for, compared the way grading looks answers up: by item name
 * (case and separators aside), or by a common synonym where the question has no item of the written
 * name. Immutable and thread-safe.
 */
public final class AskedKeys {
  /** By question id, the question's item names as keys compare them. */
  private final Map<String, Set<String>> names = new HashMap<>();

  public AskedKeys(Rubric rubric) {
    for (Question question : rubric.questions()) {
      names.put(question.id(), Set.copyOf(names(question)));
    }
  }

  /** The item names of {@code question} as answer keys compare them. */
  public static Set<String> names(Question question) {
    Set<String> names = new HashSet<>();
    for (ItemSpec item : question.items()) {
      names.add(AnswerKey.of(question.id(), item.name()).item());
    }
    return names;
  }

  /** Whether a key a student wrote answers some item of the rubric. */
  public boolean isAsked(AnswerKey key) {
    Set<String> items = names.getOrDefault(key.question(), Set.of());
    for (String item : items) {
      if (key.answers(new AnswerKey(key.question(), item), items)) {
        return true;
      }
    }
    return false;
  }
}
