package dev.byhand.prairielearn;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.byhand.network.Value;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricItem;
import java.util.Optional;

/**
 * The answers a student typed into a PrairieLearn question's inputs, as one byhand answers object
 * keyed by item ({@code {"q1.hidden": ["5", "4", "0"], "q1.prediction": "BOS"}}), which byhand's
 * own reader then reads like any JSON file. Each value is taken as the student typed it: the raw
 * text of each cell of a matrix input ({@code q1_hidden1}, {@code q1_hidden2}, … in {@code
 * raw_submitted_answers}), else the raw text of the input, else the parsed value, so a fraction
 * stays exact rather than becoming PrairieLearn's floating point.
 */
final class SubmittedAnswers {
  private SubmittedAnswers() {}

  /**
   * The answers object; an item whose boxes were all left empty is not in it, so it is empty of
   * keys when the question's inputs hold no answer.
   */
  static JsonObject of(Rubric rubric, JsonObject data) {
    JsonObject raw = object(data, "raw_submitted_answers");
    JsonObject parsed = object(data, "submitted_answers");
    JsonObject answers = new JsonObject();
    for (RubricItem item : rubric.items()) {
      if (item.manual()) {
        continue;
      }
      String name = AnswerNames.of(item.question(), item.spec());
      String key = item.key();
      cells(raw, name, item.reference().orElseThrow())
          .or(() -> text(raw, name))
          .or(() -> value(parsed, name))
          .or(() -> text(raw, key))
          .or(() -> value(parsed, key))
          .filter(value -> !blank(value))
          .ifPresent(value -> answers.add(key, value));
    }
    return answers;
  }

  /**
   * A matrix input's cells ({@code name1} … {@code nameN}, row by row), as a list for a vector and
   * a list of rows for a matrix; a cell left empty is an empty string.
   */
  private static Optional<JsonElement> cells(JsonObject raw, String name, Value expected) {
    int rows;
    int columns;
    if (expected instanceof Value.Mat matrix) {
      rows = matrix.value().rowCount();
      columns = matrix.value().columnCount();
    } else if (expected instanceof Value.Vec vector) {
      rows = 1;
      columns = vector.value().size();
    } else {
      return Optional.empty(); // a number or a word has one box, named as the item
    }
    if (!raw.has(name + "1")) {
      return Optional.empty();
    }
    JsonArray all = new JsonArray();
    for (int r = 0; r < rows; r++) {
      JsonArray row = new JsonArray();
      for (int c = 0; c < columns; c++) {
        row.add(text(raw, name + (r * columns + c + 1)).orElse(new JsonPrimitive("")));
      }
      all.add(row);
    }
    return Optional.of(expected instanceof Value.Mat ? all : all.get(0));
  }

  /** A raw text the student typed, when there is one. */
  private static Optional<JsonElement> text(JsonObject answers, String name) {
    JsonElement value = answers.get(name);
    return value != null && value.isJsonPrimitive()
        ? Optional.of(new JsonPrimitive(value.getAsString()))
        : Optional.empty();
  }

  /** A parsed value: a number, a string, a list, or a matrix input's {@code ndarray}. */
  private static Optional<JsonElement> value(JsonObject answers, String name) {
    JsonElement value = answers.get(name);
    if (value == null || value.isJsonNull()) {
      return Optional.empty();
    }
    if (value.isJsonObject() && value.getAsJsonObject().has("_value")) {
      return Optional.of(value.getAsJsonObject().get("_value"));
    }
    return Optional.of(value);
  }

  /** A box left empty, or a grid of them. */
  private static boolean blank(JsonElement value) {
    if (value.isJsonArray()) {
      for (JsonElement entry : value.getAsJsonArray()) {
        if (!blank(entry)) {
          return false;
        }
      }
      return true;
    }
    return value.isJsonNull() || value.isJsonPrimitive() && value.getAsString().isBlank();
  }

  static JsonObject object(JsonObject data, String name) {
    JsonElement value = data.get(name);
    return value != null && value.isJsonObject() ? value.getAsJsonObject() : new JsonObject();
  }
}
