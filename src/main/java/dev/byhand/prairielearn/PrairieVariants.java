package dev.byhand.prairielearn;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.byhand.report.Handout;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.Variant;
import dev.byhand.variants.StudentRubrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-student numbers on PrairieLearn, which tells neither a question nor its grader who the
 * student is: byhand draws {@code N} variants under the keys {@code prairielearn-1} … {@code
 * prairielearn-N}, {@code server.py} gives each PrairieLearn variant one of them (its exercise and
 * key in {@code params}), and the grader grades against the numbers of the key in {@code params}.
 */
final class PrairieVariants {
  /** Where server.py puts the drawn key, and the grader reads it. */
  static final String KEY_PARAM = "byhand_variant";

  static final String EXERCISE_PARAM = "byhand_exercise";

  private PrairieVariants() {}

  /** The keys drawn for a question with {@code count} variants. */
  static List<String> keys(int count) {
    List<String> keys = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      keys.add("prairielearn-" + i);
    }
    return keys;
  }

  /**
   * server.py: the drawn variants' exercises as a Python list, one chosen per PrairieLearn variant
   * with the random generator PrairieLearn seeds from the variant.
   *
   * @throws dev.byhand.rubric.RubricException when the keys cannot all be drawn, or two draw the
   *     same numbers
   */
  static String serverPy(Rubric rubric, int count) {
    JsonArray table = new JsonArray();
    List<Variant> drawn = StudentRubrics.forRoster(rubric, keys(count));
    for (Variant variant : drawn) {
      JsonObject row = new JsonObject();
      row.addProperty("key", variant.key());
      row.addProperty(
          "exercise",
          QuestionFolder.mustacheSafe(
              Handout.exerciseFragment(StudentRubrics.with(rubric, variant))));
      table.add(row);
    }
    // Gson's JSON of objects, lists and strings (HTML characters escaped as \\u003c) is a Python
    // literal as it stands.
    return "# Written by byhand prairielearn package: each PrairieLearn variant of this question\n"
        + "# shows one of byhand's drawn variants, and the grader grades against its numbers.\n"
        + "import random\n\n"
        + "VARIANTS = "
        + new Gson().toJson(table)
        + "\n\n\n"
        + "def generate(data):\n"
        + "    # PrairieLearn seeds random from the variant, so a variant keeps its numbers.\n"
        + "    chosen = VARIANTS[random.randrange(len(VARIANTS))]\n"
        + "    data[\"params\"][\""
        + KEY_PARAM
        + "\"] = chosen[\"key\"]\n"
        + "    data[\"params\"][\""
        + EXERCISE_PARAM
        + "\"] = chosen[\"exercise\"]\n";
  }
}
