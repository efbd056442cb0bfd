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
      names.add(item.name());
    }
    return names;
  }

  /** The item names of the question {@code questionId} as answer keys compare them; never null. */
  Set<String> names(String questionId) {
    return names.getOrDefault(questionId, Set.of());
  }

  /** Whether a key a student wrote answers some item of the rubric. */
  public boolean isAsked(AnswerKey key) {
    // What AnswerKey.answers accepts for some item of the question: its written name, or its
    // synonym.
    Set<String> items = names(key.question());
    return items.contains(key.written()) || items.contains(key.item());
  }
}
